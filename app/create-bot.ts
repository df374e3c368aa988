import { quoteSettingsFromEnv } from "../bot/documents/quote-pdf.js";
import type { ChannelTraits } from "../domain/outbox/notifier.js";
import { Bot, type BotLogger } from "../bot/bot.js";
import { Notifier } from "../bot/delivery/notifier.js";
import { FileStore } from "../bot/documents/file-store.js";
import { rateLimitFromEnv } from "../bot/rate-limiter.js";
import { trafficLimitsFromEnv } from "../bot/traffic-limits.js";
import { createDomain } from "../domain/index.js";
import type { Clock } from "../domain/shared/clock.js";
import type { Db } from "../domain/shared/db.js";
import type { SensitiveFields } from "../domain/shared/sensitive-fields.js";

export interface BotCoreOptions {
  db: Db;
  clock: Clock;
  fields: SensitiveFields;
  env: NodeJS.ProcessEnv;
  /** Platforms with a channel; the notifier reads the array on every call, so it may be filled later. */
  platforms: string[];
  /** Per platform, what the notifier must know of it (from ChannelCapabilities); may be filled later too. */
  channelTraits?: Record<string, ChannelTraits>;
  filesDir?: string | undefined;
  logger: BotLogger;
}

/** The domain and the bot over one database connection: the main thread's and a processing worker's. */
export function createBotCore(options: BotCoreOptions) {
  const base = options.env.CRM_BASE_CURRENCY?.trim().toUpperCase();
  if (base && !/^[A-Z]{3}$/u.test(base)) throw new Error(`CRM_BASE_CURRENCY must be a three-letter currency code such as CNY or USD, not "${base}"`);
  const domain = createDomain(options.db, options.clock, { fields: options.fields, ...(base ? { baseCurrency: base } : {}) });
  const notifier = new Notifier(options.platforms, options.channelTraits);
  const files = new FileStore(options.filesDir ?? options.env.CRM_FILES_DIR);
  const bot = new Bot(domain, options.logger, {
    notifier,
    files,
    quoteSettings: quoteSettingsFromEnv(options.env),
    rateLimit: rateLimitFromEnv(options.env),
    limits: trafficLimitsFromEnv(options.env),
  });
  return { domain, notifier, files, bot };
}
