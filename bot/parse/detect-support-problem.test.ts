import { describe, expect, it } from "vitest";
import { detectSupportProblem } from "./detect-support-problem.js";

describe("a customer reporting a product problem", () => {
  it.each([
    ["美的的服务器宕机了，客户很着急，要求今天解决", true],
    ["华为反馈系统报错，登录不了", false],
    ["客户投诉发货太慢", false],
    ["腾讯那边说APP闪退，紧急", true],
    ["Initech says the login page is broken, they're pretty upset", false],
    ["Globex reported an outage this morning, urgent", true],
    ["Acme can't log in since the update, asap please", true],
    ["the Hooli dashboard is down again", false],
  ])("%s (urgent: %s)", (text, urgent) => {
    expect(detectSupportProblem(text)).toEqual({ urgent });
  });

  it.each([
    "跟华为通了电话，下周二报价",
    "客户说价格有问题，希望再降5个点",
    "上周的故障已经解决了，客户很满意",
    "the bug is fixed, they're happy",
    "they turned us down",
    "called Acme, budget is down to 50k",
    "电话打了三次都没人接",
  ])("%s is no problem report", (text) => {
    expect(detectSupportProblem(text)).toBeNull();
  });
});
