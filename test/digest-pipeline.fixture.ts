import { AMY, BOSS, LI } from "./bot-harness.js";
import type { AutomationFixture } from "./automation-fixture.js";

const HOUR = 3_600_000;

/**
 * Team North's pipeline as the morning digest at `now` sees it: open Lead 10 days quiet (Alpha,
 * 李雷), Proposal closing Friday (Beta), Qualified new since yesterday (Gamma, Amy), Negotiation
 * (Delta), won (Epsilon) and lost (Zeta) in the last day; overdue follow-ups 李雷 2, Amy 1; and a
 * South deal (Omega, Sam) that North must never see.
 */
export async function seedDigestPipeline(f: AutomationFixture, now: Date): Promise<void> {
  const hoursAgo = (n: number) => new Date(now.getTime() - n * HOUR);
  const li = await f.actor(LI);
  const amy = await f.actor(AMY);
  const at = async <T>(when: Date, run: () => Promise<T>) => {
    f.clock.set(when);
    try {
      return await run();
    } finally {
      f.clock.set(now);
    }
  };
  const deal = async (who: typeof li, name: string, amountMinor: number, when: Date) =>
    at(when, async () => {
      const company = await f.domain.companies.create(who, { name });
      return f.domain.deals.create(who, { companyId: company.id, amountMinor });
    });
  await deal(li, "Alpha", 10_000_000, hoursAgo(240)); // lead, 10 days quiet: the stale one
  const beta = await deal(li, "Beta", 20_000_000, hoursAgo(48));
  await at(hoursAgo(47), () => f.domain.deals.move(li, beta.id, "proposal"));
  await f.domain.deals.update(li, beta.id, { expectedCloseAt: new Date("2026-11-27T02:00:00Z") }); // Friday
  const gamma = await deal(amy, "Gamma", 5_000_000, hoursAgo(20)); // new since yesterday
  await at(hoursAgo(19), () => f.domain.deals.move(amy, gamma.id, "qualified")); // also advanced
  const delta = await deal(amy, "Delta", 8_000_000, hoursAgo(72));
  await at(hoursAgo(10), () => f.domain.deals.move(amy, delta.id, "negotiation")); // advanced
  const eps = await deal(li, "Epsilon", 30_000_000, hoursAgo(120));
  await at(hoursAgo(5), () => f.domain.deals.move(li, eps.id, "won"));
  const zeta = await deal(amy, "Zeta", 1_000_000, hoursAgo(120));
  await at(hoursAgo(6), () => f.domain.deals.move(amy, zeta.id, "lost"));
  // Overdue follow-ups: 李雷 2, Amy 1; one in the future does not count.
  await at(hoursAgo(30), async () => {
    await f.domain.followUps.schedule(li, { title: "call Alpha", dueAt: hoursAgo(26) });
    await f.domain.followUps.schedule(li, { title: "send quote", dueAt: hoursAgo(25) });
    await f.domain.followUps.schedule(amy, { title: "visit Delta", dueAt: hoursAgo(2) });
    await f.domain.followUps.schedule(li, { title: "later", dueAt: new Date(now.getTime() + 48 * HOUR) });
  });
  // Another team's deal stays out of North's digest.
  await f.say({ platformUserId: "sam", displayName: "Sam" }, "help");
  await f.say(BOSS, "user team sam South");
  const sam = await f.actor({ platformUserId: "sam", displayName: "Sam" });
  await deal(sam, "Omega", 99_000_000, hoursAgo(300));
}
