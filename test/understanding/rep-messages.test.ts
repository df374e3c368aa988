import { describe, expect, it } from "vitest";
import { localStamp } from "../../bot/parse/test-support.js";
import { buttons } from "../bot-harness.js";
import { ASK, CREATE, DEAL_COMMANDS, KNOWN_COMPANIES, QUESTION, REP_CASES, type Expected, type RepCase } from "./rep-message-cases.js";
import { REP_ZONES as ZONES, REPS as PEOPLE, repWorld } from "./rep-world.js";

const world = repWorld(KNOWN_COMPANIES);

function isKind<K extends string>(e: Expected, key: K): e is Expected & Record<K, unknown> {
  return typeof e === "object" && key in e;
}

describe("rep messages: company, activity, follow-up in the user's zone, amount", () => {
  it.each(REP_CASES.map((c) => [c.text, c] as const))("%s", async (_text, c) => {
    const h = await world();
    const who = PEOPLE[c.who];
    const before = { activities: await h.t.db.activity.count(), followUps: await h.t.db.followUp.count() };
    let response = await h.say(who, c.text);
    const allowed = Array.isArray(c.company) ? c.company : [c.company];
    const created = allowed.find((e) => isKind(e, "create")) as { create: string } | undefined;
    if (created) {
      const create = buttons(response).find((b) => b.label.includes(created.create));
      expect(create, `offer to create ${created.create}`).toBeDefined();
      response = await h.press(who, create!);
    }
    const logged = (await h.t.db.activity.count()) > before.activities;
    const activity = logged ? await h.t.db.activity.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } }) : null;
    const follow =
      (await h.t.db.followUp.count()) > before.followUps
        ? await h.t.db.followUp.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } })
        : null;
    // A plan writes only its follow-up: the customer and the deal are read from whichever was written.
    const record = activity ?? follow;

    if (allowed.includes(QUESTION)) {
      expect(record, "a question writes nothing").toBeNull();
      expect(response.replies.length).toBeGreaterThan(0);
      return;
    }
    if (!record) {
      expect(allowed.includes(ASK), `nothing was logged; replies: ${JSON.stringify(response.replies).slice(0, 300)}`).toBe(true);
      expect(buttons(response).length).toBeGreaterThan(1);
      return;
    }
    const names = allowed.map((e) => (typeof e === "string" ? e : isKind(e, "create") ? e.create : null)).filter(Boolean);
    expect(names).toContain(record.company?.name);
    if (c.kind === "plan") expect(activity?.kind, "a plan logs no activity").toBeUndefined();
    else if (c.kind) expect(activity?.kind).toBe(c.kind);
    if (c.follow !== undefined) {
      if (c.follow === null) expect(follow).toBeNull();
      else expect(follow && localStamp(follow.dueAt, ZONES[c.who])).toMatch(new RegExp(`^${c.follow}`));
    }
    if (c.amount !== undefined) {
      const deal = record.dealId ? await h.t.db.deal.findUnique({ where: { id: record.dealId } }) : null;
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
