import { localHttpRoutes } from "../adapters/local/local-http.routes.js";
import { Bot } from "../bot/bot.js";
import { createDomain } from "../domain/index.js";
import { type Clock, systemClock } from "../domain/shared/clock.js";
import { openDatabase } from "../domain/shared/db.js";
import { resolveSqliteUrl } from "./database-url.js";
import { createHttpApp } from "./http-server.js";
import { migrateDeploy } from "./migrate.js";

export interface CreateAppOptions {
  databaseUrl: string;
  clock?: Clock;
  /** Tests hand in an already-migrated database and skip this. */
  migrate?: boolean;
}

/** The composition root: the only place that knows the concrete database, domain, bot and channels. */
export async function createCrmApp(options: CreateAppOptions) {
  if (options.migrate !== false) await migrateDeploy(options.databaseUrl);
  const db = await openDatabase(resolveSqliteUrl(options.databaseUrl));
  const domain = createDomain(db, options.clock ?? systemClock);
  const bot = new Bot(domain);
  const http = createHttpApp([localHttpRoutes(bot)]);
  return {
    db,
    domain,
    bot,
    http,
    close: () => db.$disconnect(),
  };
}

export type CrmApp = Awaited<ReturnType<typeof createCrmApp>>;
