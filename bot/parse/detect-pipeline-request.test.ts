import { describe, expect, it } from "vitest";
import { pipelineCommandFor } from "./detect-pipeline-request.js";

describe("the pipeline asked for in words", () => {
  it.each([
    ["how much pipeline do I have?", "pipeline mine"],
    ["how much pipeline do we have right now?", "pipeline team"],
    ["what does my pipeline look like?", "pipeline mine"],
    ["how's our pipeline looking?", "pipeline team"],
    ["show me the team's pipeline", "pipeline team"],
    ["my pipeline", "pipeline mine"],
    ["我的销售漏斗", "pipeline mine"],
    // probe 10: read as a customer called "总共 钱"
    ["我的pipeline现在总共多少钱", "pipeline mine"],
    ["团队pipeline一共多少", "pipeline team"],
    ["团队的漏斗怎么样？", "pipeline team"],
    ["我手上有多少商机？", "pipeline mine"],
    ["我们现在一共有多少在谈的单子", "pipeline team"],
    ["看看漏斗", "pipeline mine"],
    // probe: "how much is in my pipeline?" was a customer called "how much is in my"
    ["how much is in my pipeline?", "pipeline mine"],
    ["what's in our pipeline right now", "pipeline team"],
    ["what's my pipeline look like for Q1?", "pipeline mine"],
  ])("%s → %s", (text, command) => {
    expect(pipelineCommandFor(text)).toBe(command);
  });

  it.each(["talked pipeline with Acme", "华为的商机有哪些？", "Globex pipeline review went well", "how much is the Acme deal?"])(
    "not a pipeline request: %s",
    (text) => {
      expect(pipelineCommandFor(text)).toBeNull();
    },
  );
});
