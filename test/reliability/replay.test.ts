import { expect, it } from "vitest";
import { runReplayScenario } from "./replay.scenario.js";

it("each event delivered 3× (concurrently, through the inbox, and after a crash) is recorded exactly once", { timeout: 120_000 }, async () => {
  const result = await runReplayScenario(30);
  expect(result).toEqual({ events: 30, replays: 70, lost: 0, duplicated: 0 });
});
