import { expect, it } from "vitest";
import { kill9OptionsFromEnv, runKill9Scenario } from "./kill-9.scenario.js";

// The real server (as `npm start` runs it: compiled, dist/app/main.js) on a temporary database, killed with SIGKILL in the middle
// of a load of "log a call" messages that are retried until acknowledged, as a platform does.
// CRM_CRASH_MESSAGES (default 1000) and CRM_CRASH_KILLS (default 2) size it.
it("kill -9 during a load: every acknowledged message is stored exactly once", { timeout: 600_000 }, async () => {
  const options = kill9OptionsFromEnv();
  const result = await runKill9Scenario(options);
  expect(result.killsSurvived).toBe(options.kills);
  expect(result.acknowledged).toBe(options.messages);
  expect(result.lost).toBe(0);
  expect(result.duplicated).toBe(0);
  expect(result.unacknowledgedStored).toBe(0);
  expect(result.resentAcknowledged).toBeGreaterThan(0);
});

// The same through the durable inbox, the path platform adapters use: acknowledged (202) once
// recorded, processed in the background, resumed after the restart. CRM_CRASH_QUEUED_MESSAGES (500).
it("kill -9 during a load through the durable inbox: every acknowledged event is processed exactly once", { timeout: 600_000 }, async () => {
  const options = kill9OptionsFromEnv(process.env, true);
  const result = await runKill9Scenario(options);
  expect(result.killsSurvived).toBe(options.kills);
  expect(result.acknowledged).toBe(options.messages);
  expect(result.lost).toBe(0);
  expect(result.duplicated).toBe(0);
  expect(result.unacknowledgedStored).toBe(0);
});
