import { type QuoteDocumentSettings, quoteSettingsFromEnv } from "./documents/quote-pdf.js";
import { randomUUID } from "node:crypto";
import { onCustomerSignal } from "./flows/customer-signal.js";
import type { Domain } from "../domain/index.js";
import { isRole } from "../domain/shared/actor.js";
import { DomainError, InvalidInputError } from "../domain/shared/errors.js";
import { SourceEvent } from "../domain/shared/source-event.js";
import { findAction } from "./actions/registry.js";
import { findCommand } from "./commands/registry.js";
import { Notifier } from "./delivery/notifier.js";
import { FileStore } from "./documents/file-store.js";
import { answerAwaitedText } from "./flows/awaited-text.flow.js";
import type { TurnContext } from "./context.js";
import { dispatchText } from "./dispatch-text.js";
import { errorReply } from "./error-reply.js";
import { submitForm } from "./forms/registry.js";
import { receiveFile } from "./imports/receive-file.js";
import { M } from "./i18n/messages.js";
import { R } from "./i18n/reliability-messages.js";
import { firstMessageLanguage, hasHan, messageLanguage } from "./parse/detect-locale.js";
import { stripNul } from "./strip-nul.js";
import { isValidTimeZone } from "../domain/users/user.service.js";
import type { PendingStore } from "../domain/conversation/pending-store.js";
import { Admission } from "./admission.js";
import { EventGate } from "./event-gate.js";
import { limitMessage } from "./i18n/limit-messages.js";
import { RateLimiter, type RateLimitOptions } from "./rate-limiter.js";
import { NO_TRAFFIC_LIMITS, type TrafficLimits } from "./traffic-limits.js";
import { type BotResponse, type InboundEvent, type Locale, type Reply, inboundEventSchema } from "./types.js";

/** Longest text stored as an activity; longer input is refused with a clear answer. */
export const MAX_TEXT_LENGTH = 4000;

export interface BotLogger {
  error(message: string, error: unknown): void;
}

export interface BotOptions {
  /** Without one (unit tests), messages the bot starts itself reach no channel. */
  notifier?: Notifier;
  files?: FileStore;
  /** The quote document's letterhead, tax and terms (CRM_QUOTE_*); defaults without them. */
  quoteSettings?: QuoteDocumentSettings;
  /** Per-user token bucket checked by admit(); off when not given. */
  rateLimit?: RateLimitOptions;
  /** Per platform+tenant, global and new-user limits, and how many events run at once; off when not given. */
  limits?: Partial<TrafficLimits>;
}

/**
 * The conversational core: one normalized event in, normalized replies out.
 * Knows no platform; adapters translate to and from this shape.
 */
export class Bot {
  private readonly pending: PendingStore;
  private readonly notifier: Notifier;
  private readonly files: FileStore;
  private readonly quoteSettings: QuoteDocumentSettings;
  /** Adapters may check it before recording an event in the inbox; handle() checks it itself. */
  readonly rateLimiter: RateLimiter;
  /** Every limit an event must pass before any of it is stored (see admit()). */
  readonly admission: Admission;
  /** Events are worked on a few at a time, with a turn of the event loop before each. */
  readonly gate: EventGate;

  constructor(
    private readonly domain: Domain,
    private readonly logger: BotLogger = { error: (m, e) => console.error(m, e) },
    private readonly options: BotOptions = {},
  ) {
    this.pending = domain.pending;
    this.notifier = options.notifier ?? new Notifier([]);
    this.files = options.files ?? new FileStore();
    this.quoteSettings = options.quoteSettings ?? quoteSettingsFromEnv({});
    this.rateLimiter = new RateLimiter(options.rateLimit ?? { burst: 0, perMinute: 0 }, domain.clock);
    const limits = { ...NO_TRAFFIC_LIMITS, ...options.limits };
    this.admission = new Admission(this.rateLimiter, limits, domain.clock, (event) =>
      domain.users.hasIdentity({
        platform: event.channel,
        platformUserId: event.user.platformUserId,
        ...(event.user.tenantId ? { tenantId: event.user.tenantId } : {}),
      }),
    );
    this.gate = new EventGate(limits.maxConcurrent);
  }

  /**
   * Takes one token from each allowance the event needs (instance, platform+tenant, sender, and
   * the new-user cap when the sender was never seen); when one is empty, the friendly refusal
   * ("not saved, try again in N s") and the wait. Platform events are checked by the inbox.
   */
  async admit(event: InboundEvent): Promise<{ reply: Reply; retryAfterMs: number } | null> {
    const refused = await this.admission.check(event);
    if (!refused) return null;
    const locale = event.user.locale ?? (event.type === "message" ? (messageLanguage(event.text) ?? "zh") : "zh");
    const seconds = Math.max(1, Math.ceil(refused.retryAfterMs / 1000));
    const text = refused.reason === "user" ? R.rateLimited[locale](seconds) : limitMessage(refused.reason, locale, seconds);
    return { reply: { text }, retryAfterMs: refused.retryAfterMs };
  }

  /**
   * Answers an event that was already recorded (by handle() or by the durable inbox).
   * Never throws: errors become friendly replies, and `failed` says an unexpected one happened.
   */
  async respond(input: InboundEvent): Promise<{ replies: Reply[]; failed: boolean }> {
    const event = stripNul(input);
    let locale: Locale = event.user.locale ?? (event.type === "message" ? (messageLanguage(event.text) ?? "zh") : "zh");
    try {
      const { ctx, active } = await this.context(event);
      locale = ctx.locale;
      // Someone handed over on leaving ("user leave"): nothing they send is recorded any more.
      if (!active) return { replies: [{ text: M.userInactive[ctx.locale]() }], failed: false };
      const replies =
        event.type === "message"
          ? await this.onMessage(ctx, event.text)
          : event.type === "card.action"
            ? await this.onAction(ctx, event.actionId, event.value)
            : event.type === "file"
              ? await receiveFile(ctx, event)
              : event.type === "customer.signal"
                ? await onCustomerSignal(ctx, event)
                : await submitForm(ctx, event.formId, event.values);
      return { replies, failed: false };
    } catch (error) {
      if (!(error instanceof DomainError)) this.logger.error("bot: unexpected error", error);
      return { replies: [errorReply(error, locale)], failed: !(error instanceof DomainError) };
    }
  }

  private async context(event: InboundEvent): Promise<{ ctx: TurnContext; active: boolean }> {
    // A first message with no language signal ("1", "ok", "IBM") leaves the default instead of guessing English.
    const firstLocale = event.user.locale ?? (event.type === "message" ? (firstLocaleOf(event.text) ?? undefined) : undefined);
    const user = await this.domain.users.resolveIdentity({
      platform: event.channel,
      platformUserId: event.user.platformUserId,
      ...(event.user.tenantId ? { tenantId: event.user.tenantId } : {}),
      ...(event.user.displayName ? { displayName: event.user.displayName } : {}),
      // A zone the platform sends that this runtime doesn't know keeps the default instead of breaking every date.
      ...(event.user.timezone && isValidTimeZone(event.user.timezone) ? { timezone: event.user.timezone } : {}),
      ...(firstLocale ? { locale: firstLocale } : {}),
    });
    const userLocale: Locale = user.locale === "en" ? "en" : "zh";
    const ctx: TurnContext = {
      domain: this.domain,
      pending: this.pending,
      actor: {
        userId: user.id,
        role: isRole(user.role) ? user.role : "rep",
        teamId: user.teamId,
        channel: event.channel,
        // Without a delivery id the turn still gets its own key, so `undo` can find what this turn changed.
        sourceEvent: event.eventId ? SourceEvent.of(event.channel, event.eventId) : new SourceEvent(`turn:${randomUUID()}`),
      },
      user: { id: user.id, name: user.name, locale: userLocale, timezone: user.timezone },
      locale: replyLocale(event, userLocale),
      timezone: user.timezone,
      now: this.domain.clock.now(),
      event,
      notifier: this.notifier,
      files: this.files,
      quoteSettings: this.quoteSettings,
    };
    return { ctx, active: user.active };
  }

  private async onMessage(ctx: TurnContext, raw: string): Promise<Reply[]> {
    const text = raw.trim();
    if (text.length === 0) return [{ text: M.emptyText[ctx.locale]() }];
    if (text.length > MAX_TEXT_LENGTH) return [{ text: M.tooLong[ctx.locale](text.length, MAX_TEXT_LENGTH) }];
    // A reason or comment the bot asked for (reject a quote, CSAT comment) is taken before anything else.
    const awaited = await answerAwaitedText(ctx, text);
    if (awaited) return awaited;
    return dispatchText(ctx, text);
  }

  private async onAction(ctx: TurnContext, actionId: string, value: string): Promise<Reply[]> {
    const handler = findAction(actionId);
    if (!handler) return [{ text: M.unknownCommand[ctx.locale](actionId) }];
    return handler.run(ctx, value);
  }
}

/**
 * Sentences are answered in their own language; commands in the user's, unless the command word is Chinese.
 * Text with no language signal ("1", "ok", "IBM", "#12", "👍") is answered in the user's known language.
 */
/**
 * The language a first message says its sender speaks. A command's words are the grammar every
 * user types, so "company add 美的集团" says Chinese (the name is what they wrote), and
 * "company add Acme Corp" English.
 */
function firstLocaleOf(text: string): Locale | null {
  const [first = "", ...rest] = text.trim().split(/\s+/);
  if (findCommand(first) && !hasHan(first)) return hasHan(rest.join(" ")) ? "zh" : firstMessageLanguage(text);
  return firstMessageLanguage(text);
}

function replyLocale(event: InboundEvent, userLocale: Locale): Locale {
  if (event.type !== "message") return userLocale;
  const text = event.text.trim();
  const first = text.split(/\s+/)[0] ?? "";
  if (findCommand(first)) return hasHan(first) ? "zh" : userLocale;
  return messageLanguage(text) ?? userLocale;
}
