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
