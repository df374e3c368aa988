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
  ])("%s says yes", (text) => expect(isAffirmation(text)).toBe(true));
  it.each(["收到", "知道了", "thanks", "谢谢", "no", "不要", "不用了", "ok but not Acme", "好的，下周二再打", "called Acme", "取消", ""])(
    "%s does not",
    (text) => expect(isAffirmation(text)).toBe(false),
  );
});
