import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateDeploy } from "../app/migrate.js";
import { AutomationScheduler } from "../bot/automation/scheduler.js";
import { Notifier } from "../bot/delivery/notifier.js";
import { findNewlyStaleDeals } from "../domain/automation/stale-deal.scan.js";
import { startOfLocalWeek } from "../domain/automation/local-day.js";
import { createDomain } from "../domain/index.js";
import { fixedClock } from "../domain/shared/clock.js";
import { openDatabase } from "../domain/shared/db.js";
import { DAY, loadPipeline, ts } from "./automation-data.js";
import { renderChartPng } from "../bot/charts/render-chart.js";
import { funnelChart } from "../bot/charts/sales-charts.js";

export interface AutomationBenchFigures {
  lines: string[];
}

const NOW = new Date("2026-11-25T00:30:00Z"); // 08:30 in Shanghai, the digest minute
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Digest for N open deals / teams / reps and the stale scan over M deals, each next to the raw
 * better-sqlite3 time of the same SQL on the same file. Sizes: BENCH_DIGEST_DEALS (100000),
 * BENCH_TEAMS (50), BENCH_REPS (500 in all), BENCH_STALE_DEALS (1000000), BENCH_STALE_ALERTS (1000 of them newly stale).
 */
export async function benchAutomation(): Promise<AutomationBenchFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-auto-"));
  const lines: string[] = [];
  try {
    const template = path.join(dir, "template.db");
    await migrateDeploy(`file:${template}`);
    lines.push(...(await digestBench(copy(template, dir, "digest.db"))));
    lines.push(...(await staleBench(copy(template, dir, "stale.db"))));
    return { lines };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function copy(template: string, dir: string, name: string) {
  const file = path.join(dir, name);
  fs.copyFileSync(template, file);
  return file;
}

async function digestBench(file: string): Promise<string[]> {
  const teams = env("BENCH_TEAMS", 50);
  const reps = env("BENCH_REPS", 500);
  const openDeals = env("BENCH_DIGEST_DEALS", 100_000);
  const t0 = process.hrtime.bigint();
  loadPipeline(file, {
    teams,
    repsPerTeam: Math.max(1, Math.round(reps / teams)),
    openDeals,
    closedDeals: Math.round(openDeals / 5),
    followUps: openDeals / 2,
    now: NOW,
    steadyStateAtRisk: false,
  });
  const loadMs = ms(t0);

  const raw = rawDigestQueries(file, teams);
  const db = await openDatabase(file);
  const clock = fixedClock(NOW);
  const domain = createDomain(db, clock);
  const scheduler = new AutomationScheduler({ domain, notifier: new Notifier(["local"]) }, clock);
  await domain.rules.seedDefaults();
  await domain.stages.list();
  const t1 = process.hrtime.bigint();
  const result = await scheduler.runNow("digest");
  const digestMs = ms(t1);
  const outbox = await db.outboxMessage.count();
  // The next morning's run on the same connection (query plans and pages cached), new period keys.
  clock.set(new Date(NOW.getTime() + DAY));
  const t2 = process.hrtime.bigint();
  const second = await scheduler.runNow("digest");
  const warmMs = ms(t2);
  // Forecast and sales report over every deal (an admin's "all" scope), this quarter, next to the raw aggregate SQL.
  const admin = { userId: "bench-admin", role: "admin" as const, teamId: null, channel: "bench" };
  const quarter = { from: new Date("2026-09-30T16:00:00Z"), to: new Date("2026-12-31T16:00:00Z") };
  const rawForecast = rawForecastQueries(file, quarter);
  const rawReport = rawReportQueries(file, quarter);
  const t3 = process.hrtime.bigint();
  const forecast = await domain.forecast.forecast(admin, quarter, { kind: "all" });
  const forecastMs = ms(t3);
  const t4 = process.hrtime.bigint();
  await domain.reports.report(admin, quarter, { kind: "all" });
  const reportMs = ms(t4);
  // 销售日报 for every rep of the day (the daily-report job's reads), and one chart rendered (warm).
  const users = await db.user.findMany({ select: { id: true, name: true } });
  const dayRange = { from: new Date(NOW.getTime() - DAY), to: NOW };
  const nextDay = { from: NOW, to: new Date(NOW.getTime() + DAY) };
  const t5 = process.hrtime.bigint();
  for (const user of users) await domain.dailyReports.dayOf(user, "bench", dayRange, nextDay);
  const dailyMs = ms(t5);
  const funnel = [
    { nameZh: "线索", nameEn: "Lead", reached: 1200 },
    { nameZh: "需求确认", nameEn: "Qualified", reached: 800 },
    { nameZh: "方案报价", nameEn: "Proposal", reached: 450 },
    { nameZh: "商务谈判", nameEn: "Negotiation", reached: 200 },
    { nameZh: "赢单", nameEn: "Won", reached: 90 },
  ];
  const board = Array.from({ length: 8 }, (_, i) => ({ name: `销售${i + 1}`, won: 20 - i }));
  await renderChartPng(funnelChart("销售漏斗", funnel, board, "zh"));
  const t6 = process.hrtime.bigint();
  const charts = 10;
  for (let i = 0; i < charts; i++) await renderChartPng(funnelChart("销售漏斗", funnel, board, "zh"));
  const chartMs = ms(t6) / charts;
  // Charts whose labels hold characters not drawn before: the font is cut anew for each.
  const NEW_NAMES = "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜";
  const t7 = process.hrtime.bigint();
  for (let i = 0; i < charts; i++) {
    const names = board.map((r, j) => ({ ...r, name: `${NEW_NAMES[(i * 3 + j) % NEW_NAMES.length]}${NEW_NAMES[(i + j * 7) % NEW_NAMES.length]}经理${i}` }));
    await renderChartPng(funnelChart(`销售漏斗 第${i}周`, funnel, names, "zh"));
  }
  const newLabelsMs = ms(t7) / charts;
  await scheduler.stop();
  await db.$disconnect();
  if (result.sent !== teams || second.sent !== teams) throw new Error(`expected ${teams} digests, sent ${result.sent} / ${second.sent}`);
  if (forecast.lines.length === 0) throw new Error("the forecast found no deals");
  const analytics = [
    `  raw SQL, forecast aggregates this quarter (open by owner/stage/currency + won) (baseline)  ${rawForecast.toFixed(0).padStart(6)} ms`,
    `  forecast, all ${forecast.lines.length} reps, this quarter  ${forecastMs.toFixed(0).padStart(6)} ms  (goal within 5x; ${(forecastMs / rawForecast).toFixed(1)}x baseline)`,
    `  raw SQL, the sales report's aggregates this quarter (closed + cycle, funnel from stage history, new deals, activities) (baseline)  ${rawReport.toFixed(0).padStart(6)} ms`,
    `  sales report (win rate, cycle, funnel, activities, leaderboard), this quarter  ${reportMs.toFixed(0).padStart(6)} ms  (goal within 5x; ${(reportMs / rawReport).toFixed(1)}x baseline)`,
    `  daily reports (销售日报) of all ${users.length} users for one day  ${dailyMs.toFixed(0).padStart(6)} ms  (goal < 5000 ms for 500 reps)`,
    `  one chart (funnel + leaderboard, 800x480 PNG, warm)  ${chartMs.toFixed(1).padStart(6)} ms  (goal < 100 ms)`,
    `  one chart with labels not drawn before (font cut anew)  ${newLabelsMs.toFixed(1).padStart(6)} ms  (goal < 100 ms)`,
  ];
  return [
    `digest: ${openDeals} open deals (+${Math.round(openDeals / 5)} closed), ${teams} teams, ${reps} reps (loaded in ${(loadMs / 1000).toFixed(1)} s)`,
    `  raw SQL, the same aggregate queries for all teams (baseline)  ${raw.toFixed(0).padStart(6)} ms`,
    `  digest job, first run: queries + cards + Alert/outbox rows, ${outbox} messages  ${digestMs.toFixed(0).padStart(6)} ms  (goal < 500 ms; ${(digestMs / raw).toFixed(1)}x baseline)`,
    `  digest job, next day (warm connection)  ${warmMs.toFixed(0).padStart(6)} ms  (${(warmMs / raw).toFixed(1)}x baseline)`,
    ...analytics,
  ];
}

/**
 * The sales report's figures as aggregate SQL by hand: won/lost with amounts and the cycle (days from the
 * first stage-history entry) per rep and currency, the funnel of the period's new deals (furthest stage
 * reached, from the stage history), new deals per rep, and activities per kind and person.
 */
function rawReportQueries(file: string, range: { from: Date; to: Date }): number {
  const db = new Database(file, { readonly: true });
  const stages = db.prepare(`SELECT id, kind FROM "PipelineStage" ORDER BY position`).all() as { id: string; kind: string }[];
  const ordered = stages.filter((s) => s.kind !== "lost");
  const position = `CASE c.toStageId ${ordered.map((s, i) => `WHEN '${s.id}' THEN ${i}`).join(" ")} ELSE -1 END`;
  const opened = `SELECT dealId FROM "DealStageChange" WHERE fromStageId IS NULL AND changedAt >= ? AND changedAt < ?`;
  const q = [
    db.prepare(
      `SELECT d.ownerId, s.kind, d.currency, COUNT(*), SUM(d.amountMinor), SUM(julianday(d.closedAt) - julianday(COALESCE(o.changedAt, d.createdAt))) FROM "Deal" d JOIN "PipelineStage" s ON s.id = d.stageId LEFT JOIN "DealStageChange" o ON o.dealId = d.id AND o.fromStageId IS NULL WHERE s.kind <> 'open' AND d.closedAt >= ? AND d.closedAt < ? GROUP BY d.ownerId, s.kind, d.currency`,
    ),
    db.prepare(
      `SELECT f, COUNT(*) FROM (SELECT c.dealId, MAX(${position}) AS f FROM "DealStageChange" c WHERE c.dealId IN (${opened}) GROUP BY c.dealId) GROUP BY f`,
    ),
    db.prepare(`SELECT ownerId, COUNT(*) FROM "Deal" WHERE id IN (${opened}) GROUP BY ownerId`),
    db.prepare(`SELECT kind, actorId, COUNT(*) FROM "Activity" WHERE occurredAt >= ? AND occurredAt < ? GROUP BY kind, actorId`),
  ];
  const t0 = process.hrtime.bigint();
  for (const statement of q) statement.all(ts(range.from), ts(range.to));
  const took = ms(t0);
  db.close();
  return took;
}

/** The forecast's reads as one aggregate each, by hand: the floor of what the forecast must read. */
function rawForecastQueries(file: string, range: { from: Date; to: Date }): number {
  const db = new Database(file, { readonly: true });
  const open = `('stage_lead','stage_qualified','stage_proposal','stage_negotiation')`;
  const byOwner = db.prepare(
    `SELECT d.ownerId, d.stageId, d.currency, COUNT(*), SUM(d.amountMinor), SUM(d.amountMinor * COALESCE(d.probability, s.probability)) FROM "Deal" d JOIN "PipelineStage" s ON s.id = d.stageId WHERE d.stageId IN ${open} AND d.expectedCloseAt >= ? AND d.expectedCloseAt < ? GROUP BY d.ownerId, d.stageId, d.currency`,
  );
  const won = db.prepare(
    `SELECT ownerId, currency, COUNT(*), SUM(amountMinor) FROM "Deal" WHERE stageId = 'stage_won' AND closedAt >= ? AND closedAt < ? GROUP BY ownerId, currency`,
  );
  const t0 = process.hrtime.bigint();
  byOwner.all(ts(range.from), ts(range.to));
  won.all(ts(range.from), ts(range.to));
  const took = ms(t0);
  db.close();
  return took;
}

/** The digest's SQL as written by hand (standard SQL), run for every team: the floor of the job's reads. */
function rawDigestQueries(file: string, teams: number): number {
  const db = new Database(file, { readonly: true });
  const now = ts(NOW);
  const since = ts(NOW.getTime() - DAY);
  const weekEnd = ts(startOfLocalWeek(NOW, "Asia/Shanghai").getTime() + 7 * DAY);
  const stale = ts(NOW.getTime() - 7 * DAY);
  const open = `('stage_lead','stage_qualified','stage_proposal','stage_negotiation')`;
  // The same shapes the job sends: movement by time then the deals' teams; closing by date then team.
  const q = [
    db.prepare(
      `SELECT teamId, stageId, currency, COUNT(*), SUM(amountMinor) FROM "Deal" WHERE teamId IN (${Array.from({ length: teams }, (_, t) => `'t${t}'`).join(",")}) GROUP BY teamId, stageId, currency`,
    ),
    db.prepare(
      `SELECT c.fromStageId, c.toStageId, d.teamId FROM "DealStageChange" c JOIN "Deal" d ON d.id = c.dealId WHERE c.changedAt >= ? AND c.changedAt <= ?`,
    ),
    db.prepare(
      `SELECT teamId, stageId, currency, COUNT(*), SUM(amountMinor) FROM "Deal" WHERE expectedCloseAt >= ? AND expectedCloseAt < ? GROUP BY teamId, stageId, currency`,
    ),
    db.prepare(`SELECT f.ownerId, COUNT(*) FROM "FollowUp" f JOIN "User" u ON u.id = f.ownerId WHERE f.done = 0 AND f.dueAt < ? GROUP BY f.ownerId`),
    db.prepare(
      `SELECT d.id, d.number, d.title, d.amountMinor, u.name FROM "Deal" d JOIN "User" u ON u.id = d.ownerId WHERE d.teamId = ? AND d.expectedCloseAt >= ? AND d.expectedCloseAt < ? AND d.stageId IN ${open} ORDER BY d.amountMinor DESC, d.number LIMIT 5`,
    ),
    db.prepare(
      `SELECT d.id, d.number, d.title, d.amountMinor, u.name FROM "Deal" d JOIN "User" u ON u.id = d.ownerId WHERE d.teamId = ? AND d.stageId IN ${open} AND d.lastActivityAt < ? ORDER BY d.amountMinor DESC, d.number LIMIT 5`,
    ),
  ] as const;
  const t0 = process.hrtime.bigint();
  q[0].all();
  q[1].all(since, now);
  q[2].all(now, weekEnd);
  q[3].all(now);
  for (let t = 0; t < teams; t++) {
    q[4].all(`t${t}`, now, weekEnd);
    q[5].all(`t${t}`, stale);
  }
  const took = ms(t0);
  db.close();
  return took;
}

async function staleBench(file: string): Promise<string[]> {
  const deals = env("BENCH_STALE_DEALS", 1_000_000);
  const t0 = process.hrtime.bigint();
  const newlyStale = Math.min(env("BENCH_STALE_ALERTS", 1_000), deals);
  loadPipeline(file, { teams: 50, repsPerTeam: 10, openDeals: deals, closedDeals: 0, followUps: 0, now: NOW, steadyStateAtRisk: true, newlyStale });
  const loadMs = ms(t0);
  const cutoff = ts(NOW.getTime() - 7 * DAY);

  const raw = new Database(file, { readonly: true });
  const sql = raw.prepare(
    `SELECT id, number, title, amountMinor, currency, ownerId, teamId, lastActivityAt FROM "Deal"
     WHERE stageId IN ('stage_lead','stage_qualified','stage_proposal','stage_negotiation') AND atRisk = ? AND lastActivityAt < ? AND amountMinor >= ?
     ORDER BY lastActivityAt LIMIT 200`,
  );
  sql.all(0, cutoff, 10_000_000); // warm the page cache for both sides alike
  const r0 = process.hrtime.bigint();
  const rawRows = sql.all(0, cutoff, 10_000_000).length;
  const rawMs = ms(r0);
  const plan = raw
    .prepare(
      `EXPLAIN QUERY PLAN SELECT id FROM "Deal" WHERE stageId IN ('stage_lead','stage_qualified') AND atRisk = ? AND lastActivityAt < ? AND amountMinor >= ? ORDER BY lastActivityAt LIMIT 200`,
    )
    .all(0, cutoff, 1) as { detail: string }[];
  raw.close();

  const db = await openDatabase(file);
  const clock = fixedClock(NOW);
  const domain = createDomain(db, clock);
  const stages = await domain.stages.list();
  const scan = { now: NOW, days: 7, minAmount: 100_000, limit: 200 };
  await findNewlyStaleDeals(db, stages, scan);
  const p0 = process.hrtime.bigint();
  const found = await findNewlyStaleDeals(db, stages, scan);
  const scanMs = ms(p0);
  const scheduler = new AutomationScheduler({ domain, notifier: new Notifier(["local"]) }, clock);
  const j0 = process.hrtime.bigint();
  const job = await scheduler.runNow("stale-deal");
  const jobMs = ms(j0);
  await scheduler.stop();
  await db.$disconnect();
  if (found.length !== rawRows) throw new Error(`scan found ${found.length}, raw SQL ${rawRows}`);
  return [
    `stale scan: ${deals} deals (loaded in ${(loadMs / 1000).toFixed(1)} s); plan: ${plan.map((p) => p.detail).join(" / ")}`,
    `  raw SQL, the same query (baseline), ${rawRows} rows  ${rawMs.toFixed(1).padStart(8)} ms`,
    `  findNewlyStaleDeals via Prisma, ${found.length} rows  ${scanMs.toFixed(1).padStart(8)} ms  (goal < 200 ms; ${(scanMs / rawMs).toFixed(1)}x baseline)`,
    `  whole stale-deal job: ${job.sent} alerts marked at risk + sent  ${jobMs.toFixed(0).padStart(8)} ms  (goal: 1000 in < 1000 ms; ${((jobMs / Math.max(1, job.sent)) * 1000).toFixed(0)} ms per 1000)`,
  ];
}
