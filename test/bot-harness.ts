import type { FileStore } from "../bot/documents/file-store.js";
import { Bot, type BotOptions } from "../bot/bot.js";
import { Inbox, type InboxOptions } from "../bot/inbox.js";
import type { BotResponse, Locale, Reply } from "../bot/types.js";
import { renderPlainText } from "../cards/render-plain-text.js";
import { type CardButton, buttonsOf } from "../cards/model.js";
import { createDomain, type Domain } from "../domain/index.js";
import { fixedClock } from "../domain/shared/clock.js";
import { createTestDb, type TestDb } from "./test-db.js";

// Wednesday 2026-11-25 10:00 in Shanghai (02:00 UTC).
export const NOW = new Date("2026-11-25T02:00:00Z");

export interface Person {
  platformUserId: string;
  displayName: string;
  locale?: Locale;
}

export const LI: Person = { platformUserId: "li", displayName: "李雷" };
export const AMY: Person = { platformUserId: "amy", displayName: "Amy Chen" };
export const BOSS: Person = { platformUserId: "boss", displayName: "王经理" };

export interface Harness {
  t: TestDb;
  domain: Domain;
  bot: Bot;
  /** The way in: events are recorded, processed and answered in the call (the local channel's door). */
  inbox: Inbox;
  clock: ReturnType<typeof fixedClock>;
  errors: unknown[];
  say(who: Person, text: string, extra?: { eventId?: string }): Promise<BotResponse>;
  press(who: Person, button: { actionId: string; value: string }, extra?: { eventId?: string }): Promise<BotResponse>;
  /** A form filled in (card.submit): `formId` is the form reference ("new-deal", "edit-deal:<id>:<version>"). */
  submit(who: Person, formId: string, values: Record<string, string>, extra?: { eventId?: string }): Promise<BotResponse>;
  close(): Promise<void>;
}

/** A bot over a fresh migrated database and a fixed clock, driven in-process (options: e.g. a Notifier to observe the outbox). */
export async function createHarness(now: Date = NOW, options: BotOptions & Pick<InboxOptions, "claim"> = {}): Promise<Harness> {
  const t = await createTestDb();
  const clock = fixedClock(now);
  const domain = createDomain(t.db, clock);
  const errors: unknown[] = [];
  const logger = { error: (_m: string, e: unknown) => errors.push(e) };
  const bot = new Bot(domain, logger, options);
  const inbox = new Inbox(domain.events, bot, clock, { logger, ...(options.claim ? { claim: options.claim } : {}) });
  const user = (who: Person) => ({ platformUserId: who.platformUserId, displayName: who.displayName, ...(who.locale ? { locale: who.locale } : {}) });
  const conversation = (who: Person) => ({ id: `dm:${who.platformUserId}`, kind: "direct" as const });
  return {
    t,
    domain,
    bot,
    inbox,
    clock,
    errors,
    say: (who, text, extra = {}) => inbox.handle({ type: "message", channel: "local", user: user(who), conversation: conversation(who), text, ...extra }),
    press: (who, button, extra = {}) =>
      inbox.handle({
        type: "card.action",
        channel: "local",
        user: user(who),
        conversation: conversation(who),
        actionId: button.actionId,
        value: button.value,
        ...extra,
      }),
    submit: (who, formId, values, extra = {}) =>
      inbox.handle({ type: "card.submit", channel: "local", user: user(who), conversation: conversation(who), formId, values, ...extra }),
    close: () => t.close(),
  };
}

/** A bot over `domain` behind its own inbox, for tests that need other bot options than the harness's. */
export function openInbox(domain: Domain, options: BotOptions = {}): Inbox {
  return new Inbox(domain.events, new Bot(domain, undefined, options), domain.clock);
}

/** All reply texts and plain-text renderings of cards, one string. */
export function textOf(response: BotResponse | Reply[]): string {
  const replies = Array.isArray(response) ? response : response.replies;
  return replies.map((r) => [r.text ?? "", r.card ? renderPlainText(r.card).text : ""].join("\n")).join("\n");
}

export function buttons(response: BotResponse): CardButton[] {
  return response.replies.flatMap((r) => (r.card ? buttonsOf(r.card) : []));
}

export function button(response: BotResponse, predicate: (b: CardButton) => boolean): CardButton {
  const found = buttons(response).find(predicate);
  if (!found) throw new Error(`no such button in: ${JSON.stringify(buttons(response))}`);
  return found;
}

/** The usual cast: 王经理 first (admin, English help), then 李雷 (rep, zh) and Amy (rep, en). */
export async function createHarnessWithPeople(now: Date = NOW, options: BotOptions = {}): Promise<Harness> {
  const h = await createHarness(now, options);
  await h.say(BOSS, "help");
  await h.say(LI, "帮助");
  await h.say(AMY, "help");
  return h;
}

/** The usual cast plus two customers: 华为 (tier A, added by 李雷) and Acme Corp (tier B, added by Amy). */
export async function createHarnessWithCompanies(now: Date = NOW, options: BotOptions = {}): Promise<Harness> {
  const h = await createHarnessWithPeople(now, options);
  await h.say(LI, "客户 添加 华为 A");
  await h.say(AMY, "company add Acme Corp B");
  return h;
}

/** The companies harness with 李雷 and Amy in team "north"; 李雷 its manager when asked (BOSS stays the admin). */
export async function createNorthTeamHarness(options: { liManager?: boolean; files?: FileStore } = {}): Promise<Harness> {
  const h = await createHarnessWithCompanies(NOW, options.files ? { files: options.files } : {});
  await h.say(BOSS, "user team 李雷 north");
  await h.say(BOSS, "user team Amy Chen north");
  if (options.liManager) await h.say(BOSS, "user role 李雷 manager");
  return h;
}

export async function userRow(h: Harness, platformUserId: string) {
  const identity = await h.t.db.channelIdentity.findFirstOrThrow({ where: { platformUserId }, include: { user: true } });
  return identity.user;
}

export async function dealRow(h: Harness, number: number) {
  return h.t.db.deal.findUniqueOrThrow({ where: { number }, include: { stage: true } });
}
