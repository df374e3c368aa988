import { afterAll, beforeAll } from "vitest";
import type { CrmApp } from "../app/create-app.js";
import { type TestApp, type TestAppOptions, startTestApp } from "./test-app.js";
import type { TestDb } from "./test-db.js";

/** The app of a test file or describe block; read it inside tests and later hooks. */
export interface LiveTestApp {
  readonly app: CrmApp;
  readonly base: string;
  readonly t: TestDb;
}

/**
 * Starts one app (startTestApp) before the tests of the enclosing file or describe block and
 * closes it after them. Options given as a function are read when the app starts (after earlier hooks).
 */
export function useTestApp(options: TestAppOptions | (() => TestAppOptions) = {}): LiveTestApp {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(typeof options === "function" ? options() : options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): TestApp => {
    if (!started) throw new Error("the test app starts in beforeAll: read it inside a test or a later hook");
    return started;
  };
  return {
    get app() {
      return current().app;
    },
    get base() {
      return current().base;
    },
    get t() {
      return current().t;
    },
  };
}
