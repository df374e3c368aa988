import { afterEach, describe, expect, it } from "vitest";
import { localStamp } from "../../bot/parse/test-support.js";
import { buttons, createHarness, type Harness, type Person } from "../bot-harness.js";
import { ASK, CREATE, DEAL_COMMANDS, KNOWN_COMPANIES, QUESTION, REP_CASES, type Expected, type RepCase } from "./rep-message-cases.js";

const PEOPLE: Record<RepCase["who"], Person> = {
  li: { platformUserId: "li", displayName: "李雷" },
  amy: { platformUserId: "amy", displayName: "Amy Chen" },
  nick: { platformUserId: "nick", displayName: "Nick Ford" },
};
const ZONES: Record<RepCase["who"], string> = { li: "Asia/Shanghai", amy: "Asia/Shanghai", nick: "America/New_York" };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A fresh database with the three reps (in their languages and zones) and the known companies. */
async function world(): Promise<Harness> {
  h = await createHarness();
  await h.say(PEOPLE.li, "帮助");
  await h.say(PEOPLE.amy, "help");
  await h.say(PEOPLE.nick, "help");
  await h.say(PEOPLE.nick, "tz America/New_York");
  for (const name of KNOWN_COMPANIES) await h.say(PEOPLE.li, `客户 添加 "${name}"`);
  expect(await h.t.db.company.count()).toBe(KNOWN_COMPANIES.length);
  return h;
}

function isKind<K extends string>(e: Expected, key: K): e is Expected & Record<K, unknown> {
  return typeof e === "object" && key in e;
}

describe("rep messages: company, activity, follow-up in the user's zone, amount", () => {
  it.each(REP_CASES.map((c) => [c.text, c] as const))("%s", async (_text, c) => {
    const h = await world();
    const who = PEOPLE[c.who];
    const before = await h.t.db.activity.count();
    let response = await h.say(who, c.text);
    const allowed = Array.isArray(c.company) ? c.company : [c.company];
    const created = allowed.find((e) => isKind(e, "create")) as { create: string } | undefined;
    if (created) {
      const create = buttons(response).find((b) => b.label.includes(created.create));
      expect(create, `offer to create ${created.create}`).toBeDefined();
      response = await h.press(who, create!);
    }
    const activity = await h.t.db.activity.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } });
    const written = (await h.t.db.activity.count()) > before;

    if (allowed.includes(QUESTION)) {
      expect(written, "a question writes nothing").toBe(false);
      expect(response.replies.length).toBeGreaterThan(0);
      return;
    }
    if (!written) {
      expect(allowed.includes(ASK), `nothing was logged; replies: ${JSON.stringify(response.replies).slice(0, 300)}`).toBe(true);
      expect(buttons(response).length).toBeGreaterThan(1);
      return;
    }
    const names = allowed.map((e) => (typeof e === "string" ? e : isKind(e, "create") ? e.create : null)).filter(Boolean);
    expect(names).toContain(activity!.company?.name);
    if (c.kind) expect(activity!.kind).toBe(c.kind);
    if (c.follow !== undefined) {
      const follow = await h.t.db.followUp.findFirst({ orderBy: { createdAt: "desc" } });
      if (c.follow === null) expect(follow).toBeNull();
      else expect(follow && localStamp(follow.dueAt, ZONES[c.who])).toMatch(new RegExp(`^${c.follow}`));
    }
    if (c.amount !== undefined) {
      const deal = activity!.dealId ? await h.t.db.deal.findUnique({ where: { id: activity!.dealId } }) : null;
      if (c.amount === null) expect(deal?.amountMinor ?? 0n).toBe(0n);
      else expect(deal && [Number(deal.amountMinor), deal.currency]).toEqual([c.amount[0], c.amount[1]]);
    }
  });

  it.each(DEAL_COMMANDS.map((c) => [c.text, c] as const))("%s", async (_text, c) => {
    const h = await world();
    await h.say(PEOPLE[c.who], c.text);
    const deal = await h.t.db.deal.findFirst({ orderBy: { createdAt: "desc" } });
    expect(deal && [Number(deal.amountMinor), deal.currency]).toEqual([c.amount[0], c.amount[1]]);
  });
});

// Keeps the helpers referenced when every case of a kind is removed from the table.
void CREATE;
void ASK;
