import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { AutomationScheduler } from "../bot/automation/scheduler.js";
import type { JobResult } from "../bot/automation/job-context.js";
import { Notifier } from "../bot/delivery/notifier.js";
import type { OutboundMessage } from "../bot/delivery/outbox.js";
import { renderPlainText } from "../cards/render-plain-text.js";
import { type CardButton, buttonsOf } from "../cards/model.js";
import type { Actor } from "../domain/shared/actor.js";
import { openDatabase } from "../domain/shared/db.js";
import { createDomain } from "../domain/index.js";
import type { Clock } from "../domain/shared/clock.js";
import { AMY, BOSS, createHarness, type Harness, LI, type Person, userRow } from "./bot-harness.js";

const run = promisify(execFile);

export const MGR: Person = { platformUserId: "mgr", displayName: "Manager Zhou", locale: "en" };

export interface AutomationFixture extends Harness {
  scheduler: AutomationScheduler;
  actor(who: Person): Promise<Actor>;
  /** A second scheduler on its own database connection: a restarted process or a second instance. */
  otherInstance(clock?: Clock): Promise<{ scheduler: AutomationScheduler; close(): Promise<void> }>;
  /** The same rule run by a separate OS process on the same database file (a second instance). */
  runInChildProcess(key: string): Promise<JobResult>;
  outbox(conversationId?: string): Promise<(OutboundMessage & { id: string; conversationId: string })[]>;
}

/**
 * 王经理 (admin), 李雷 and Amy (reps) and Manager Zhou (manager, en), all in team North,
 * with a scheduler over the local channel. Deliveries are observed as OutboxMessage rows.
 */
export async function createAutomationFixture(now: Date): Promise<AutomationFixture> {
  const h = await createHarness(now);
  await h.say(BOSS, "help");
  await h.say(LI, "帮助");
  await h.say(AMY, "help");
  await h.say(MGR, "help");
  for (const who of ["li", "amy", "mgr"]) await h.say(BOSS, `user team ${who} North`);
  await h.say(BOSS, "user role mgr manager");
  const notifier = new Notifier(["local"]);
  const scheduler = new AutomationScheduler({ domain: h.domain, notifier }, h.clock);
  return {
    ...h,
    scheduler,
    async actor(who) {
      const user = await userRow(h, who.platformUserId);
      return { userId: user.id, role: user.role as Actor["role"], teamId: user.teamId, channel: "local" };
    },
    async otherInstance(clock = h.clock) {
      const db = await openDatabase(h.t.url);
      const domain = createDomain(db, clock);
      return { scheduler: new AutomationScheduler({ domain, notifier }, clock), close: () => db.$disconnect() };
    },
    async runInChildProcess(key) {
      const script = path.join(import.meta.dirname, "fixtures", "run-rule.child.ts");
      const tsx = path.join(import.meta.dirname, "..", "node_modules", ".bin", "tsx");
      const { stdout } = await run(tsx, [script, h.t.dialect === "postgres" ? h.t.url : h.t.file, key, h.clock.now().toISOString()]);
      return JSON.parse(stdout.trim().split("\n").at(-1)!) as JobResult;
    },
    async outbox(conversationId) {
      const rows = await h.t.db.outboxMessage.findMany({ where: conversationId ? { conversationId } : {}, orderBy: { createdAt: "asc" } });
      return rows.map((r) => ({
        ...(JSON.parse(r.payload) as Omit<OutboundMessage, "platform">),
        platform: r.platform,
        id: r.id,
        conversationId: r.conversationId,
      }));
    },
  };
}

export function cardText(message: OutboundMessage): string {
  return message.reply.card ? renderPlainText(message.reply.card).text : (message.reply.text ?? "");
}

export function cardButton(message: OutboundMessage, actionId: string): CardButton {
  const found = message.reply.card ? buttonsOf(message.reply.card).find((b) => b.actionId === actionId) : undefined;
  if (!found) throw new Error(`no ${actionId} button in ${JSON.stringify(message.reply.card)}`);
  return found;
}
