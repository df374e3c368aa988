import { describe, expect, it } from "vitest";
import { isAffirmation } from "./detect-affirmation.js";

describe("isAffirmation", () => {
  it.each([
    "ok",
    "OK!",
    "okay",
    "yes",
    "Yes please",
    "yep",
    "sure",
    "go ahead",
    "do it",
    "👍",
    "好的",
    "好",
    "好的，谢谢",
    "可以",
    "行",
    "嗯嗯",
    "是的",
    "对",
    "创建吧",
    "确认",
    "没问题",
    "要",
    // a yes that says what to do (probe 11: "yes please create the company" was not understood)
    "yes please create the company",
    "go ahead and create it",
    "yes, add them",
    "sure, create the customer",
    "好的，帮我创建一下",
    "新建这个客户吧",
  ])("%s says yes", (text) => expect(isAffirmation(text)).toBe(true));
  it.each([
    "收到",
    "知道了",
    "thanks",
    "谢谢",
    "no",
    "不要",
    "不用了",
    "ok but not Acme",
    "好的，下周二再打",
    "called Acme",
    "取消",
    "add Globex",
    "create a deal for Acme",
    "添加客户 华为",
    "",
  ])("%s does not", (text) => expect(isAffirmation(text)).toBe(false));
});
