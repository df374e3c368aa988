import type { ChannelTraits } from "../domain/outbox/notifier.js";
import { randomBytes } from "node:crypto";
import type { AdapterDeps, ChannelAdapter } from "../adapters/channel-adapter.js";
import { formCards } from "../bot/forms/form-cards.js";
import { createChannelStores } from "../domain/delivery/channel-stores.js";
import { FileLinks } from "../adapters/local/file-links.js";
import { localApiGuard } from "../adapters/local/local-api-guard.js";
import { localApiSettingsFromEnv } from "../adapters/local/local-api-settings.js";
import { localHttpRoutes } from "../adapters/local/local-http.routes.js";
import { leadIntakeRoutes } from "../adapters/lead-intake/lead-intake.routes.js";
import { leadIntakeLimitFromEnv, leadWrongTokenLimitFromEnv } from "../adapters/lead-intake/lead-intake.settings.js";
import { LocalSender } from "../adapters/local/local-sender.js";
import { deliveryRetentionFromEnv } from "../bot/automation/delivery-retention.js";
import { AutomationScheduler } from "../bot/automation/scheduler.js";
import { addressLimitFromEnv } from "../bot/traffic-limits.js";
import type { ChannelSender } from "../bot/delivery/channel-sender.js";
import { Inbox } from "../bot/inbox.js";
import { ImportRunner } from "../bot/imports/import-runner.js";
import { OutboxWorker } from "../bot/delivery/outbox-worker.js";
import { resealFields, unknownKeyId } from "../domain/privacy/field-reseal.js";
import type { SensitiveFields } from "../domain/shared/sensitive-fields.js";
import { type Clock, systemClock } from "../domain/shared/clock.js";
import { openInboxJournal } from "../domain/inbox/open-inbox-journal.js";
import { CrossThreadWriteLock } from "../domain/shared/cross-thread-write-lock.js";
import { dialectOf, openDatabase } from "../domain/shared/db.js";
import { createChannelAdapters } from "./channel-adapters.js";
import { createBotCore } from "./create-bot.js";
import { loadDataKeys, sensitiveFieldsFor } from "./data-keys.js";
import { isPostgresUrl, resolveSqliteUrl } from "./database-url.js";
import { createHttpApp } from "./http-server.js";
import { WorkerProcessor } from "./worker-processor.js";
import { migrateDeploy } from "./migrate.js";
import { prepareSqliteFile } from "./private-files.js";
import { chartDrawer } from "../bot/charts/draw-chart.js";

export interface CreateAppOptions {
  databaseUrl: string;
  clock?: Clock;
  /** Tests hand in an already-migrated database and skip this. */
  migrate?: boolean;
  /** Environment the channel adapters read their settings from (tests pass their own). */
  env?: NodeJS.ProcessEnv;
  /** How often the outbox looks for due messages; 0 = only when kicked (tests). */
  outboxPollMs?: number;
  /** Where generated documents (quote PDFs) are stored; default CRM_FILES_DIR or ./data/files. */
  filesDir?: string;
  /**
   * Bearer token of the local HTTP API (/api/local/*); main.ts resolves it (CRM_API_TOKEN, else the
   * data dir's api-token file). Omitted: a random one nobody knows, so the local HTTP API refuses
   * every call (tests of other channels; in-process callers such as the terminal chat need none).
   */
  apiToken?: string;
  /** The data key and encrypted columns; default from `env` (CRM_DATA_KEY or <data dir>/data-key, CRM_SENSITIVE_FIELDS). */
  fields?: SensitiveFields;
}

const logger = {
  info: (message: string) => console.log(message),
  warn: (message: string, detail?: unknown) => console.warn(message, detail ?? ""),
  error: (message: string, error: unknown) => console.error(message, error),
};

/**
 * On PostgreSQL several instances may share the database: an instance resumes only events that
 * have waited this long (the receiving instance may still be at work on newer ones), and looks
 * again at this interval.
 */
const SHARED_RESUME_AFTER_MS = 60_000;

/** The composition root: the only place that knows the concrete database, domain, bot and channels. */
export async function createCrmApp(options: CreateAppOptions) {
  const sqliteFile = isPostgresUrl(options.databaseUrl) ? undefined : resolveSqliteUrl(options.databaseUrl);
  if (sqliteFile) prepareSqliteFile(sqliteFile);
  const fields = options.fields ?? dataKeyFields(options.env ?? process.env);
  if (options.migrate !== false) await migrateDeploy(options.databaseUrl);
  const inWorker = processingInWorker(options.env ?? process.env, options);
  // A processing worker writes the same SQLite file: both threads take turns through one lock.
  const writeLock = inWorker && sqliteFile ? new CrossThreadWriteLock() : undefined;
  const db = await openDatabase(sqliteFile ?? options.databaseUrl, writeLock ? { writeLock } : {});
  const clock = options.clock ?? systemClock;
  const foreign = await unknownKeyId(db, fields);
  if (foreign) {
    await db.$disconnect();
    throw new Error(
      `The database holds values encrypted under data key ${foreign}, which this instance does not have (it uses ${fields.cipher.keyId}). ` +
        "Give every instance the same CRM_DATA_KEY (or the same <data dir>/data-key), and the old key in CRM_DATA_KEY_PREVIOUS during a rotation.",
    );
  }
  // Rows from before encryption (or before an admin marked a column sensitive) are encrypted now.
  const sealed = await resealFields(db, fields, { mode: "plaintext" });
  if (sealed.Contact + sealed.Company > 0)
    logger.info(`Encrypted personal fields of ${sealed.Contact} contacts and ${sealed.Company} companies stored before encryption.`);
  const env = options.env ?? process.env;
  // Filled with the enabled platforms below; the bot's notifier reads it on every call.
  const platforms: string[] = [];
  const channelTraits: Record<string, ChannelTraits> = {};
  const { domain, notifier, files, bot } = createBotCore({ db, clock, fields, env, platforms, channelTraits, filesDir: options.filesDir, logger });

  const senders = new Map<string, ChannelSender>();
  const outbox = new OutboxWorker(domain.outbox, senders, clock, { logger, prepare: chartDrawer(files, logger) });
  const journal = openInboxJournal(sqliteFile ?? options.databaseUrl, writeLock ? { writeLock } : {});
  const inbox = new Inbox(domain.events, bot, clock, {
    journal,
    onReplies: () => outbox.kick(),
    logger,
    ...(inWorker
      ? {
          processor: new WorkerProcessor(
            () => ({
              databaseTarget: sqliteFile ?? options.databaseUrl,
              writeLock: writeLock?.buffer,
              env: { ...env },
              platforms: [...platforms],
              channelTraits: structuredClone(channelTraits),
              filesDir: options.filesDir,
            }),
            () => outbox.kick(),
            logger,
          ),
        }
      : {}),
  });
  const localSender = new LocalSender();
  const adapterDeps: AdapterDeps = { clock, inbox, forms: formCards(domain), stores: createChannelStores(db, clock), logger, files };
  const adapters: ChannelAdapter[] = await createChannelAdapters(options.env ?? process.env, adapterDeps);
  senders.set(localSender.platform, localSender);
  for (const adapter of adapters) senders.set(adapter.platform, adapter.sender);
  platforms.push(...senders.keys());
  for (const [platform, { capabilities }] of senders) {
    channelTraits[platform] = {
      ...(capabilities.buttonlessGroups !== undefined ? { buttonlessGroups: capabilities.buttonlessGroups } : {}),
      ...(capabilities.chatAddresses ? { chatAddresses: capabilities.chatAddresses } : {}),
      ...(capabilities.privateReplies === false ? { privateReplies: false } : {}),
    };
  }
  // Confirmed spreadsheet imports run here in the background, one runner per instance (a claim per job).
  const imports = new ImportRunner({
    domain,
    files,
    editable: (platform) => {
      const sender = senders.get(platform);
      return Boolean(sender?.update && sender.capabilities.updateInPlace);
    },
    queued: () => outbox.kick(),
    logger,
  });
  const scheduler = new AutomationScheduler({ domain, notifier }, clock, { logger, retention: { policy: deliveryRetentionFromEnv(env) } });
  // CRM_SCHEDULER=off: no digests or alerts from this process (a second web node, a maintenance run).
  const schedulerOn = env.CRM_SCHEDULER !== "off";

  // CRM_LOCAL_API=off: /api/local is not mounted at all (a node serving only platform callbacks).
  const localApi = localApiSettingsFromEnv(env);
  const apiToken = options.apiToken ?? randomBytes(32).toString("base64url");
  const links = new FileLinks(apiToken, localApi.fileLinkTtlSeconds, clock);
  // POST /api/leads (website forms, ad platforms) is served whenever the HTTP server runs; it checks its own source tokens.
  const leadIntake = leadIntakeRoutes({
    leads: domain.leads,
    sources: domain.leadSources,
    campaigns: domain.campaigns,
    clock,
    limit: leadIntakeLimitFromEnv(env),
    failures: leadWrongTokenLimitFromEnv(env),
  });
  const platformRoutes = [leadIntake.routes, ...adapters.flatMap((a) => (a.routes ? [a.routes] : []))];
  const http = localApi.enabled
    ? createHttpApp([localHttpRoutes(bot, { links, sender: localSender, files, inbox }), ...platformRoutes], {
        // Platform callbacks carry a verified platform identity and are limited per platform+tenant by the bot.
        addressLimit: { limit: addressLimitFromEnv(env), clock, paths: ["/api/local/"] },
        guards: [leadIntake.gate, localApiGuard({ token: apiToken, allowedHosts: localApi.allowedHosts })],
        trustProxy: env.CRM_TRUST_PROXY === "1",
      })
    : createHttpApp(platformRoutes, { guards: [leadIntake.gate], trustProxy: env.CRM_TRUST_PROXY === "1" });

  let started = false;
  let resumeTimer: NodeJS.Timeout | undefined;
  const shared = dialectOf(db) === "postgres";
  return {
    db,
    domain,
    bot,
    http,
    inbox,
    outbox,
    /** What the channel adapters were given (tests build an adapter by hand with it). */
    adapterDeps,
    notifier,
    files,
    localSender,
    adapters,
    scheduler,
    imports,
    /** Starts background work: long-lived channel connections, the outbox poll, unfinished inbound events. */
    async start() {
      started = true;
      const pollMs = options.outboxPollMs ?? 1000;
      if (pollMs > 0) outbox.start(pollMs);
      for (const adapter of adapters) await adapter.start?.();
      if (shared) {
        await inbox.resume({ olderThanMs: SHARED_RESUME_AFTER_MS });
        resumeTimer = setInterval(() => {
          inbox.resume({ olderThanMs: SHARED_RESUME_AFTER_MS }).catch((error) => logger.error("inbox: resume failed", error));
        }, SHARED_RESUME_AFTER_MS);
        resumeTimer.unref();
      } else {
        const resumed = await inbox.resume();
        if (resumed > 0) logger.info(`Resumed ${resumed} inbound events recorded before the last stop.`);
      }
      if (schedulerOn) await scheduler.start();
      // CRM_IMPORT_RUNNER=off: this instance leaves confirmed imports to another (or to `npm run import -- --resume`).
      if (env.CRM_IMPORT_RUNNER !== "off") imports.start(Number(env.CRM_IMPORT_POLL_MS ?? 2000));
      outbox.kick();
    },
    async close() {
      await scheduler.stop();
      await imports.stop();
      outbox.stop();
      if (resumeTimer) clearInterval(resumeTimer);
      if (started) for (const adapter of adapters) await adapter.stop?.();
      await inbox.close();
      await outbox.idle();
      await journal?.close();
      await db.$disconnect();
    },
  };
}

export type CrmApp = Awaited<ReturnType<typeof createCrmApp>>;

/**
 * CRM_PROCESSING=worker: recorded events are worked on in a worker thread with its own database
 * connection. It builds its own bot from the environment, so a clock or data key handed in by a
 * test cannot reach it; nor can an in-memory database be shared with it.
 */
function processingInWorker(env: NodeJS.ProcessEnv, options: CreateAppOptions): boolean {
  if (env.CRM_PROCESSING !== "worker") return false;
  if (options.clock || options.fields || options.databaseUrl.endsWith(":memory:")) {
    throw new Error("CRM_PROCESSING=worker needs a database file or server, the system clock and the data key from the environment");
  }
  return true;
}

function dataKeyFields(env: NodeJS.ProcessEnv): SensitiveFields {
  const keys = loadDataKeys(env);
  if (keys.created) {
    logger.info(`Generated the data key ${keys.file} (mode 0600). Back it up apart from the database: without it the encrypted contact fields cannot be read.`);
  }
  return sensitiveFieldsFor(keys, env);
}
