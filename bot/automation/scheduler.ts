import cron, { type ScheduledTask } from "node-cron";
import type { AnyRule } from "../../domain/automation/rule.schemas.js";
import type { DeliveryPruneResult, DeliveryRetentionPolicy } from "../../domain/retention/delivery-log-retention.service.js";
import type { Clock } from "../../domain/shared/clock.js";
import { DELIVERY_RETENTION_SCHEDULE } from "./delivery-retention.js";
import type { JobContext, JobResult } from "./job-context.js";
import { isTeamRule, runRule } from "./run-rule.js";

export interface SchedulerLogger {
  info(message: string): void;
  error(message: string, error: unknown): void;
}

export interface SchedulerOptions {
  /** Zone of the non-team rules (scans) and of teams without one. */
  defaultTimeZone?: string;
  /**
   * How far back a catch-up looks for a missed team run (digest, weekly summary). A digest older than
   * a day is noise, so by default only runs missed within the last 24 hours are sent.
   */
  catchUpHours?: number;
  logger?: SchedulerLogger;
  /**
   * Prune the inbox/outbox payloads and old dedupe keys daily (default at 03:40 in the default
   * zone). Off when absent; the app turns it on (app/create-app.ts).
   */
  retention?: { policy: DeliveryRetentionPolicy; schedule?: string };
}

const MINUTE = 60_000;

/**
 * Runs the automation rules. node-cron ticks once a minute; on each tick every enabled rule's cron
 * expression is matched in each team timezone (team rules) or the default zone (scans), so rule
 * edits and new team zones apply without rescheduling. Tests call tick()/runNow()/catchUp() with
 * their own clock instead of waiting for cron. Runs are serialized within one scheduler; across
 * instances the Alert rows make every send happen once.
 */
export class AutomationScheduler {
  private ticker: ScheduledTask | null = null;
  private readonly matchers = new Map<string, ScheduledTask>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly defaultZone: string;

  constructor(
    private readonly ctx: JobContext,
    private readonly clock: Clock,
    private readonly options: SchedulerOptions = {},
  ) {
    this.defaultZone = options.defaultTimeZone ?? "Asia/Shanghai";
  }

  /** Seeds the default rules, catches up missed runs once, then ticks every minute. */
  async start(): Promise<void> {
    await this.ctx.domain.rules.seedDefaults();
    // A failing catch-up must not keep the bot from starting; the next tick tries again.
    await this.catchUp().catch((error: unknown) => this.options.logger?.error("scheduler: catch-up failed", error));
    this.ticker = cron.schedule(
      "* * * * *",
      () => {
        void this.tick().catch((error: unknown) => this.options.logger?.error("scheduler: tick failed", error));
      },
      { name: "crm-automation", noOverlap: true },
    );
  }

  async stop(): Promise<void> {
    await this.ticker?.destroy();
    this.ticker = null;
    await this.queue.catch(() => undefined);
    for (const task of this.matchers.values()) await task.destroy();
    this.matchers.clear();
  }

  /** Runs every rule whose schedule matches the minute of `at` (default: the clock's now). */
  async tick(at: Date = this.clock.now()): Promise<JobResult[]> {
    const minute = floorMinute(at);
    const rules = (await this.ctx.domain.rules.list()).filter((r) => r.enabled);
    const zones = await this.teamZones();
    const results: JobResult[] = [];
    for (const rule of rules) {
      if (isTeamRule(rule)) {
        for (const zone of zones) if (this.matches(rule.schedule, zone, minute)) results.push(await this.run(rule, minute, zone));
      } else if (this.matches(rule.schedule, this.defaultZone, minute)) {
        results.push(await this.run(rule, minute));
      }
    }
    // New activities' words go into the search index once a minute (a search indexes what is left first).
    await this.ctx.domain.activitySearch.indexPending().catch((error: unknown) => this.options.logger?.error("search index failed", error));
    const retention = this.options.retention;
    if (retention && this.matches(retention.schedule ?? DELIVERY_RETENTION_SCHEDULE, this.defaultZone, minute)) await this.runRetention();
    return results;
  }

  /** Prunes the delivery logs now (its scheduled minute, tests, a manual run); serialized with the rules. */
  runRetention(now: Date = this.clock.now()): Promise<DeliveryPruneResult> {
    const policy = this.options.retention?.policy;
    const job = this.queue.then(async () => {
      const result = await this.ctx.domain.deliveryRetention.prune(policy, now);
      const total = Object.values(result).reduce((a, b) => a + b, 0);
      if (total > 0) this.options.logger?.info(`retention: ${JSON.stringify(result)}`);
      return result;
    });
    this.queue = job.catch((error: unknown) => this.options.logger?.error("retention failed", error));
    return job;
  }

  /** Runs one rule now, whatever its schedule (tests, and an admin's manual run). */
  async runNow(key: AnyRule["key"], at: Date = this.clock.now()): Promise<JobResult> {
    const rule = (await this.ctx.domain.rules.list()).find((r) => r.key === key);
    if (!rule) throw new Error(`unknown rule ${key}`);
    return this.run(rule, at);
  }

  /**
   * After downtime: for each team rule, the last scheduled minute in each zone within catchUpHours is
   * run once (teams that already have that period's Alert row are skipped); scans run once now.
   */
  async catchUp(now: Date = this.clock.now()): Promise<JobResult[]> {
    const rules = (await this.ctx.domain.rules.list()).filter((r) => r.enabled);
    const zones = await this.teamZones();
    const results: JobResult[] = [];
    for (const rule of rules) {
      if (!isTeamRule(rule)) {
        results.push(await this.run(rule, now));
        continue;
      }
      for (const zone of zones) {
        const last = this.lastMatch(rule.schedule, zone, now);
        if (last) results.push(await this.run(rule, last, zone));
      }
    }
    return results;
  }

  private run(rule: AnyRule, at: Date, timeZone?: string): Promise<JobResult> {
    const job = this.queue.then(async () => {
      const result = await runRule(this.ctx, rule, { now: this.clock.now(), at, ...(timeZone ? { timeZone } : {}) });
      if (result.sent > 0) this.options.logger?.info(`automation: ${rule.key} sent ${result.sent}${timeZone ? ` (${timeZone})` : ""}`);
      return result;
    });
    this.queue = job.catch((error: unknown) => this.options.logger?.error(`automation: ${rule.key} failed`, error));
    return job;
  }

  private async teamZones(): Promise<string[]> {
    const zones = await this.ctx.domain.automation.people.teamZones();
    return zones.length > 0 ? zones : [this.defaultZone];
  }

  private matches(schedule: string, timeZone: string, minute: Date): boolean {
    const key = `${timeZone}|${schedule}`;
    let task = this.matchers.get(key);
    if (!task) {
      // A never-started task is only used as a matcher of the expression in that zone.
      task = cron.createTask(schedule, () => undefined, { timezone: timeZone });
      this.matchers.set(key, task);
    }
    return task.match(minute);
  }

  private lastMatch(schedule: string, timeZone: string, now: Date): Date | null {
    const hours = this.options.catchUpHours ?? 24;
    const start = floorMinute(now).getTime();
    for (let t = start; t > start - hours * 60 * MINUTE; t -= MINUTE) {
      if (this.matches(schedule, timeZone, new Date(t))) return new Date(t);
    }
    return null;
  }
}

function floorMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / MINUTE) * MINUTE);
}
