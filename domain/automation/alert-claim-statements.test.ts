import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { comparable } from "../../test/comparable-rows.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain } from "../index.js";
import { Notifier } from "../outbox/notifier.js";
import { fixedClock } from "../shared/clock.js";
import { directSqlOf } from "../shared/direct-sql.js";
import type { BatchItem } from "./alert-claim.js";
import { claimBatchDirect, directOutbox, markAtRiskRow } from "./alert-claim-statements.js";
import type { AlertOutbox } from "./outbox-port.js";
import { AlertClaims } from "./alert-claims.service.js";
import { StaleDealAlerts } from "./stale-deal.alerts.js";
import type { StaleDealCandidate } from "./stale-deal.scan.js";

/** A stale-deal run's claims by prepared statements leave the rows the Prisma path leaves (one database each). */
interface Side {
  t: TestDb;
  ids: Map<string, string>;
  items: BatchItem<StaleDealCandidate>[];
  teamId: string;
}

const now = new Date("2026-11-25T02:00:00Z");
const notifier = new Notifier<{ text: string }>(["slack", "wecom"]);
let hot: Side;
let prisma: Side;
let startedAt: number;

async function side(hotStatements: boolean): Promise<Side> {
  const t = await createTestDb({ hotStatements });
  const d = createDomain(t.db, fixedClock(now));
  const rep = await createActor(t.db, "Li Lei", "rep", "East");
  const quiet = await createActor(t.db, "Han Meimei", "rep", "East");
  await t.db.channelIdentity.create({ data: { platform: "slack", tenantId: "T1", platformUserId: "U1", userId: rep.userId } });
  await t.db.channelIdentity.create({ data: { platform: "wecom", platformUserId: "li.lei", userId: rep.userId } });
  await t.db.channelIdentity.create({ data: { platform: "dingtalk", platformUserId: "ding", userId: rep.userId } });
  await t.db.teamChannel.create({ data: { teamId: rep.teamId!, platform: "slack", conversationId: "C-alerts", purpose: "alerts" } });
  const company = await d.companies.create(rep, { name: "Acme Corp" });
  const items: BatchItem<StaleDealCandidate>[] = [];
  for (const [i, owner] of [rep, quiet, rep].entries()) {
    const deal = await d.deals.create(owner, { companyId: company.id, amountMinor: 100_000 * (i + 1), currency: "CNY" });
    const lastActivityAt = new Date(now.getTime() - (20 + i) * 86_400_000);
    await t.db.deal.update({ where: { id: deal.id }, data: { lastActivityAt, updatedAt: lastActivityAt } });
    const candidate = { ...deal, lastActivityAt, company: { name: company.name } };
    items.push({
      claim: {
        kind: "stale-deal",
        subjectType: "deal",
        subjectId: deal.id,
        periodKey: `stale:${deal.id}:${i}`,
        recipientId: owner.userId,
        payload: { days: 14 },
      },
      item: candidate,
    });
  }
  return { t, ids: new Map(), items, teamId: rep.teamId! };
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

/** The job's deliver step in small: the owner's DM, then the team's alerts chat if the team exists. */
async function deliver(out: AlertOutbox<{ text: string }>, alertId: string, deal: StaleDealCandidate, teamId: string): Promise<number> {
  let delivered = await out.toUser(deal.ownerId, { text: `stale ${deal.number} (${alertId})` }, { cardFor: { entityType: "deal", entityId: deal.id } });
  const team = await out.team(teamId);
  if (team) delivered += await out.toTeam(teamId, "alerts", { text: `${team.locale} ${deal.title}` });
  return delivered;
}

async function rows(s: Side): Promise<unknown> {
  const db = s.t.db;
  return comparable(
    {
      alerts: await db.alert.findMany({ orderBy: { periodKey: "asc" } }),
      deals: await db.deal.findMany({ orderBy: { number: "asc" } }),
      audit: await db.auditLog.findMany({ where: { action: "deal.at-risk" }, orderBy: { entityId: "asc" } }),
      outbox: await db.outboxMessage.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    },
    s.ids,
    startedAt,
  );
}

async function runBoth(items: (s: Side) => BatchItem<StaleDealCandidate>[]): Promise<[unknown, unknown]> {
  const direct = directSqlOf(hot.t.db);
  expect(direct).not.toBeNull();
  const fast = await claimBatchDirect(direct!, items(hot), now, async (sql, alertId, deal) => {
    markAtRiskRow(sql, deal.id, { days: 14, lastActivityAt: deal.lastActivityAt });
    return deliver(directOutbox(sql, notifier, now), alertId, deal, hot.teamId);
  });
  const slow = await new StaleDealAlerts(prisma.t.db).claimBatch(notifier, items(prisma), now, { days: 14 }, (out, alertId, deal) =>
    deliver(out, alertId, deal, prisma.teamId),
  );
  return [fast, slow];
}

describe("stale-deal claims, prepared statements vs Prisma", () => {
  it("alerts, at-risk marks with their audit rows, and one outbox row per reachable identity and team chat", async () => {
    const [fast, slow] = await runBoth((s) => s.items);
    expect(fast).toEqual({ sent: 3, duplicates: 0 });
    expect(slow).toEqual(fast);
    const hotRows = await rows(hot);
    expect(hotRows).toEqual(await rows(prisma));
    // The quiet rep has no identity and their team chat still gets it; the DingTalk identity is not a configured platform.
    expect((hotRows as { outbox: unknown[] }).outbox).toHaveLength(2 + 1 + 2 + 1 + 1);
  });

  it("a chunk meeting a period claimed before falls back to one claim at a time: the others are sent, that one is a duplicate", async () => {
    await runBoth((s) => [s.items[1]!]);
    const [fast, slow] = await runBoth((s) => s.items);
    expect(fast).toEqual({ sent: 2, duplicates: 1 });
    expect(slow).toEqual(fast);
    expect(await rows(hot)).toEqual(await rows(prisma));
  });
});

describe("outbox-only claims (digests, daily reports): AlertClaims.claimBatch by prepared statements vs Prisma", () => {
  // A WeCom group robot's chat shows a card without pressable buttons.
  const robots = new Notifier<{ text: string }>(["slack", "wecom"], { wecom: { buttonlessGroups: "^robot:" } });

  async function claimDigests(s: Side, teamIds: string[]): Promise<{ sent: number; duplicates: number }> {
    await s.t.db.teamChannel.create({ data: { teamId: s.teamId, platform: "slack", conversationId: "C-digest", purpose: "digest" } });
    await s.t.db.teamChannel.create({ data: { teamId: s.teamId, platform: "wecom", conversationId: "robot:k1", purpose: "digest" } });
    const rep = s.items[0]!.item.ownerId;
    const items = teamIds.map((teamId, i) => ({
      claim: { kind: "digest", subjectType: "team", subjectId: teamId, periodKey: `digest:${teamId}:${i}`, payload: { openCount: i } },
      item: teamId,
    }));
    return new AlertClaims(s.t.db).claimBatch(robots, items, now, async (out, alertId, teamId) => {
      const buttonless = (await out.buttonlessTeamChats?.(teamId, "digest")) ?? -1;
      const team = await out.team(teamId);
      const text = `digest ${alertId} ${team?.locale ?? "no team"} buttonless ${buttonless}`;
      return (await out.toUser(rep, { text }, { cardFor: { entityType: "team", entityId: teamId } })) + (await out.toTeam(teamId, "digest", { text }));
    });
  }

  it("writes the same alerts and outbox rows, and counts the chats without buttons the same way", async () => {
    const fast = await claimDigests(hot, [hot.teamId, "gone-team"]);
    const slow = await claimDigests(prisma, [prisma.teamId, "gone-team"]);
    expect(fast).toEqual({ sent: 2, duplicates: 0 });
    expect(slow).toEqual(fast);
    const hotRows = (await rows(hot)) as { alerts: { status: string }[]; outbox: { payload: string }[] };
    expect(hotRows).toEqual(await rows(prisma));
    // The rep's Slack and WeCom identities twice, the team's two digest chats once (the other team has none).
    expect(hotRows.outbox).toHaveLength(2 + 2 + 2);
    expect(hotRows.outbox.filter((m) => m.payload.includes("buttonless 1"))).toHaveLength(4);
    expect(hotRows.outbox.filter((m) => m.payload.includes("buttonless 0"))).toHaveLength(2);
  });
});
