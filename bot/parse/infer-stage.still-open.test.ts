import { describe, expect, it } from "vitest";
import { inferStage } from "./infer-stage.js";
import type { StageKey } from "./types.js";

// "华为 价格上输给了华三 技术上赢了 还在谈" marked the deal won: a round won or lost on the way is no close.
describe("a deal said to be still under discussion is neither won nor lost", () => {
  it.each<[string, StageKey | null]>([
    ["华为 价格上输给了华三 技术上赢了 还在谈", "negotiation"],
    ["技术评分我们赢了，商务还在谈判", "negotiation"],
    ["lost the first round but still negotiating", "negotiation"],
    ["we won the bake-off, still in talks on price", "negotiation"],
    // a signing is done, whatever else is still talked about
    ["签了合同，还在谈二期", "won"],
    ["Globex signed the contract, still negotiating the SOW for phase 2", "won"],
    ["我们赢了", "won"],
    // the review: a clear win or loss with only details still talked about stays won / lost
    ["华为赢单了，细节还在谈", "won"],
    ["Won Globex! still negotiating the payment terms", "won"],
    ["华为没戏了，还在谈也没用", "lost"],
    ["这单输了", "lost"],
  ])("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});
