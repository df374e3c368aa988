import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../bot-harness.js";
import { REP_ZONES, REPS, type RepName } from "./rep-world.js";

/**
 * The QA probe's date findings, end to end (Wednesday 9 December 2026, 15:00 in Shanghai, 02:00 in New York):
 * what is logged, on which day, and which follow-up is set. A day without a time is 09:00.
 */
const NOW = new Date("2026-12-09T07:00:00Z");
const COMPANIES = ["Contoso", "Northwind Traders", "Initech", "Fabrikam", "Pied Piper", "京东", "Acme Corp", "Globex"];

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const local = (d: Date, zone: string) => d.toLocaleString("sv-SE", { timeZone: zone }).slice(0, 16);

async function say(who: RepName, text: string) {
  h = await createHarness(NOW);
  await h.say(REPS.li, "帮助");
  await h.say(REPS.amy, "help");
  await h.say(REPS.nick, "help");
  await h.say(REPS.nick, "tz America/New_York");
  for (const name of COMPANIES) await h.say(REPS.li, `客户 添加 "${name}"`);
  await h.say(REPS[who], text);
  const activity = await h.t.db.activity.findFirst({ orderBy: { createdAt: "desc" } });
  const followUps = await h.t.db.followUp.findMany();
  const zone = REP_ZONES[who];
  return {
    // "none": a plan writes only its follow-up
    kind: activity?.kind ?? "none",
    occurredAt: activity && local(activity.occurredAt, zone),
    followUps: followUps.map((f) => local(f.dueAt, zone)),
  };
}

// [who, text, activity kind, occurred (local), follow-ups (local)]
const CASES: Array<[RepName, string, string, string | null, string[]]> = [
  ["amy", "Contoso demo went great 👍 sending quote monday", "meeting", "2026-12-09 15:00", ["2026-12-14 09:00"]],
  ["amy", "emailed the SOW to Northwind Traders, waiting on legal ~2 weeks", "email", "2026-12-09 15:00", ["2026-12-23 09:00"]],
  // a count range is read at its upper end, as 三四周 is (bot/parse/ranged-count-upper.ts)
  ["amy", "Initech said 3-4 weeks for legal review", "note", "2026-12-09 15:00", ["2027-01-06 09:00"]],
  ["nick", "Initech said revisit in jan", "note", "2026-12-09 02:00", ["2027-01-04 09:00"]],
  ["nick", "Fabrikam quote: $3k/month for 24 months", "note", "2026-12-09 02:00", []],
  ["li", "今天拜访Pied Piper，技术对接顺利，下周一出测试报告", "visit", "2026-12-09 15:00", ["2026-12-14 09:00"]],
  ["amy", "Acme Corp's procurement asked to meet on Monday", "none", null, ["2026-12-14 09:00"]],
  ["amy", "lunch with Globex yday, they liked the demo", "meeting", "2026-12-08 12:00", []],
  ["amy", "this am met Initech, good progress", "meeting", "2026-12-09 09:00", []],
];

describe("the QA probe's dates", () => {
  it.each(CASES)("%s: %s", async (who, text, kind, occurredAt, followUps) => {
    expect(await say(who, text)).toEqual({ kind, occurredAt, followUps });
  });
});
