import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { caught } from "../../test/caught.js";
import { comparable } from "../../test/comparable-rows.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { AlreadyRecordedError, SourceEvent } from "../shared/source-event.js";
import { CustomerAccessDeniedError } from "../users/customer-access.js";
import { logCommonCase } from "./log-common-case.js";
import type { InteractionInput, LoggedInteraction } from "./log-interaction.js";

/**
 * The common logged sentence written by prepared statements must leave exactly the rows the
 * Prisma path leaves. Two databases from one template get the same seed; one logs through
 * logCommonCase, the other through Prisma only; their rows are compared with ids and "now"
 * stamps replaced by labels.
 */
interface Side {
  t: TestDb;
  d: Domain;
  rep: Actor;
  ids: Map<string, string>;
  seed: { companyId: string; otherCompanyId: string; dealId: string; contactId: string };
}

const at = new Date("2026-11-25T02:00:00Z");
let hot: Side;
let prisma: Side;
let startedAt: number;

async function side(hotStatements: boolean): Promise<Side> {
  const t = await createTestDb({ hotStatements });
  const d = createDomain(t.db, fixedClock(at));
  const rep = await createActor(t.db, "Li Lei", "rep", "East");
  const company = await d.companies.create(rep, { name: "Acme Corp" });
  const other = await d.companies.create(rep, { name: "Globex" });
  const deal = await d.deals.create(rep, { companyId: company.id, amountMinor: 100_000, currency: "CNY" });
  const contact = await d.contacts.create(rep, { companyId: company.id, name: "Zhang Wei" });
  const ids = new Map<string, string>([
    [rep.userId, "rep"],
    [company.id, "company"],
    [other.id, "other"],
    [deal.id, "deal"],
    [contact.id, "contact"],
  ]);
  return { t, d, rep, ids, seed: { companyId: company.id, otherCompanyId: other.id, dealId: deal.id, contactId: contact.id } };
}

beforeEach(async () => {
  startedAt = Date.now();
  hot = await side(true);
  prisma = await side(false);
});
afterEach(async () => {
  await hot.t.close();
  await prisma.t.close();
});

function normalize(value: unknown, s: Side): unknown {
  return comparable(value, s.ids, startedAt);
}

async function rows(s: Side): Promise<unknown> {
  const db = s.t.db;
  const since = { createdAt: { gte: new Date(startedAt) } };
  return normalize(
    {
      activities: await db.activity.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      followUps: await db.followUp.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      audit: (
        await db.auditLog.findMany({ where: { action: { in: ["activity.log", "followup.schedule"] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
      ).map((a) => ({
        ...a,
        after: a.after ? JSON.parse(a.after) : null,
      })),
      deals: await db.deal.findMany({ orderBy: { number: "asc" } }),
      companies: await db.company.findMany({ orderBy: { name: "asc" } }),
      since: await db.auditLog.count({ where: since }),
    },
    s,
  );
}

type Build = (s: Side) => InteractionInput;

/** Logs `build` on both sides (hot: logCommonCase, which must take it) and compares replies and rows. */
async function expectSameAsPrisma(build: Build, actor: (s: Side) => Actor = (s) => s.rep): Promise<LoggedInteraction> {
  const direct = directSqlOf(hot.t.db);
  expect(direct, "test databases have the hot statements").not.toBeNull();
  const fast = await logCommonCase(direct!, actor(hot), build(hot));
  expect(fast, "the common case is taken by the prepared statements").not.toBeNull();
  expect(directSqlOf(prisma.t.db)).toBeNull();
  const slow = await prisma.d.interactions.log(actor(prisma), build(prisma));
  const { dealAfter, ...written } = fast!;
  expect(normalize(written, hot)).toEqual(normalize(slow, prisma));
  expect(await rows(hot)).toEqual(await rows(prisma));
  // The reply's card is built from the deal the write returns: it must be the deal as stored.
  expect(dealAfter ?? null).toEqual(fast!.dealId ? await hot.d.deals.get(fast!.dealId) : null);
  return fast!;
}

const call = (summary = "called them about pricing", occurredAt = at) => ({ kind: "call" as const, summary, occurredAt });

describe("the common logged sentence, prepared statements vs Prisma", () => {
  it("an activity on a customer with no deal", async () => {
    await expectSameAsPrisma((s) => ({ company: { id: s.seed.otherCompanyId }, dealId: null, activity: call() }));
  });

  it("an activity on the open deal with a contact and a follow-up, the summary trimmed", async () => {
    const logged = await expectSameAsPrisma((s) => ({
      company: { id: s.seed.companyId },
      dealId: s.seed.dealId,
      contactId: s.seed.contactId,
      activity: call("  met Zhang Wei, quote next Tuesday  "),
      deal: { amount: null, stageKey: null, apply: true },
      followUp: { dueAt: new Date("2026-12-01T07:00:00Z"), title: (name) => `Send quote to ${name}` },
    }));
    expect(logged.followUp?.title).toBe("Send quote to Acme Corp");
  });

  it("a later activity moves the deal's last activity and the company's last interaction, and the returned deal shows it", async () => {
    const later = new Date("2026-11-28T02:00:00Z");
    const logged = await expectSameAsPrisma((s) => ({ company: { id: s.seed.companyId }, dealId: s.seed.dealId, activity: call("called again", later) }));
    expect(logged.dealAfter?.lastActivityAt).toEqual(later);
    expect(logged.dealAfter?.company.lastInteractionAt).toEqual(later);
  });

  it("an older activity moves neither the deal's last activity nor the company's last interaction", async () => {
    const later = new Date("2026-11-28T02:00:00Z");
    for (const s of [hot, prisma])
      await s.d.interactions.log(s.rep, { company: { id: s.seed.companyId }, dealId: s.seed.dealId, activity: call("first", later) });
    await expectSameAsPrisma((s) => ({ company: { id: s.seed.companyId }, dealId: s.seed.dealId, activity: call("earlier", at) }));
  });

  it("a stated amount with apply: false logs without touching the deal", async () => {
    await expectSameAsPrisma((s) => ({
      company: { id: s.seed.companyId },
      dealId: s.seed.dealId,
      activity: call(),
      deal: { amount: { minor: 900_000, currency: "CNY" }, stageKey: "won", apply: false },
    }));
  });

  it("audit rows carry the platform event's keys, and a replay is refused on both paths", async () => {
    const withEvent = (s: Side): Actor => ({ ...s.rep, sourceEvent: new SourceEvent("turn:local:e1") });
    const build: Build = (s) => ({
      company: { id: s.seed.companyId },
      dealId: s.seed.dealId,
      activity: call(),
      followUp: { dueAt: new Date("2026-12-01T07:00:00Z"), title: () => "again" },
    });
    await expectSameAsPrisma(build, withEvent);
    const fastReplay = await caught(logCommonCase(directSqlOf(hot.t.db)!, withEvent(hot), build(hot)));
    const slowReplay = await caught(prisma.d.interactions.log(withEvent(prisma), build(prisma)));
    expect(fastReplay).toBeInstanceOf(AlreadyRecordedError);
    expect(slowReplay).toBeInstanceOf(AlreadyRecordedError);
    expect(await rows(hot)).toEqual(await rows(prisma));
  });
});

describe("what the prepared statements leave to Prisma", () => {
  const leftAlone: [string, Build][] = [
    ["a company to create", () => ({ company: { create: "Initech" }, activity: call() })],
    ["a deal to create", (s) => ({ company: { id: s.seed.otherCompanyId }, activity: call(), deal: { amount: { minor: 5, currency: "CNY" }, apply: true } })],
    ["a deal change", (s) => ({ company: { id: s.seed.companyId }, dealId: s.seed.dealId, activity: call(), deal: { stageKey: "proposal", apply: true } })],
    ["a reminder (no activity)", (s) => ({ company: { id: s.seed.companyId }, activity: null, followUp: { dueAt: at, title: () => "x" } })],
    ["a deal of another company", (s) => ({ company: { id: s.seed.otherCompanyId }, dealId: s.seed.dealId, activity: call() })],
    ["an unknown contact", (s) => ({ company: { id: s.seed.companyId }, contactId: "nope", activity: call() })],
    ["an empty summary", (s) => ({ company: { id: s.seed.companyId }, activity: call("   ") })],
  ];
  it.each(leftAlone)("%s", async (_name, build) => {
    const before = await rows(hot);
    expect(await logCommonCase(directSqlOf(hot.t.db)!, hot.rep, build(hot))).toBeNull();
    expect(await rows(hot)).toEqual(before);
  });

  it("another team's customer: refused by the Prisma path with its own error", async () => {
    const west = await createActor(hot.t.db, "Han Meimei", "rep", "West");
    const theirs = await hot.d.companies.create(west, { name: "Umbrella" });
    await hot.t.db.company.update({ where: { id: theirs.id }, data: { teamId: west.teamId } });
    const input: InteractionInput = { company: { id: theirs.id }, activity: call() };
    expect(await logCommonCase(directSqlOf(hot.t.db)!, hot.rep, input)).toBeNull();
    expect(await caught(hot.d.interactions.log(hot.rep, input))).toBeInstanceOf(CustomerAccessDeniedError);
  });
});
