import { describe, expect, it } from "vitest";
import { inferStage } from "./infer-stage.js";
import type { StageKey } from "./types.js";

// "won" said plainly, in both languages; negated or still ahead it is not a win.
const cases: [string, StageKey | null][] = [
  ["比亚迪的单子赢了！", "won"],
  ["华为的项目终于搞定了", "won"],
  ["腾讯那个单子成了", "won"],
  ["赢下了美的的订单", "won"],
  ["这个标赢了", "won"],
  ["Acme deal is won", "won"],
  ["we won Globex!", "won"],
  ["Won the Initech renewal", "won"],
  ["Stark: won.", "won"],
  ["比亚迪的单子没赢", null],
  ["we won't win Hooli this quarter", null],
  ["争取下个月赢下华为", "negotiation"],
];

describe("a won deal in plain words", () => {
  it.each(cases)("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});
