import { type CreateAppOptions, type CrmApp, createCrmApp } from "../app/create-app.js";
import { listen } from "../app/http-server.js";
import { createTestDb, type TestDb } from "./test-db.js";

export interface TestAppOptions extends Omit<CreateAppOptions, "databaseUrl" | "migrate"> {
  /** A database the test owns (several apps on one database); default a fresh one, closed with the app. */
  db?: TestDb;
}

export interface TestApp {
  app: CrmApp;
  /** The app's database (the one handed in, or the fresh one). */
  t: TestDb;
  /** http://127.0.0.1:<port> of the app's HTTP server. */
  base: string;
  /** Stops the server and the app, then closes the database unless the test handed it in. */
  close(): Promise<void>;
}

/**
 * The whole app (createCrmApp) on an already-migrated test database, listening on an ephemeral
 * port. The options go to createCrmApp as given (outbox polling, env, clock, API token…).
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { db, ...appOptions } = options;
  const t = db ?? (await createTestDb());
  let app: CrmApp;
  try {
    app = await createCrmApp({ ...appOptions, databaseUrl: t.url, migrate: false });
  } catch (error) {
    if (!db) await t.close();
    throw error;
  }
  const server = await listen(app.http, 0);
  const address = server.address();
  return {
    app,
    t,
    base: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    async close() {
      server.close();
      await app.close();
      if (!db) await t.close();
    },
  };
}
