// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferActivity } from "./infer-activity.js";

/** Probe: "顺丰电话 他们年营收200亿…", "美的电话 转化率提升了15% 很满意" were notes: a customer's name then 电话 heads a call note. */
describe("a name then 电话 opening the note: a call", () => {
  it.each([
    "顺丰电话 对方要了资料",
    "美的电话 转化率提升了15% 很满意",
    "华为电话，预算200万",
    "Globex电话: 下周二报价",
    "顺丰速运电话 他们要求折扣15个点",
    "小米李经理电话 要报价",
    "比亚迪采购部李经理电话 - 下周见面",
  ])("%s", (text) => {
    expect(inferActivity(text)).toBe("call");
  });
});

describe("near misses: 电话 as a number or a thing, not a call held", () => {
  it.each([
    ["华为的电话号码是多少", null],
    ["留了王总的电话号码 13800138000", null],
    // review: our own people's calls are no customer call
    ["老板电话 问华为这单进度", null],
    ["领导电话 问美的进度", null],
  ])("%s", (text, kind) => {
    expect(inferActivity(text)).toBe(kind);
  });
});

/** Probe: "和阿里巴巴的钉钉会议 需求确认了" was a note (钉钉 read as a message). */
describe("a DingTalk meeting or video call is a meeting", () => {
  it.each(["和阿里巴巴的钉钉会议 需求确认了", "阿里巴巴钉钉会议 需求确认了", "跟小米开了个钉钉视频会", "跟小米钉钉视频了一下"])("%s", (text) => {
    expect(inferActivity(text)).toBe("meeting");
  });
  it.each(["钉钉上跟小米说了一下", "钉钉发了报价给小米"])("%s", (text) => {
    expect(inferActivity(text)).toBe("note");
  });
});

/** "周一：电话小米，对方说预算没批", "今天电话了小米": 电话 used as the verb, before the customer (masked as 某/x) or with 了. */
describe("电话 as the verb: a call", () => {
  it.each([
    "电话某某，对方说预算没批",
    "周一：电话某某，对方说预算没批",
    "今天电话了某某，说下周给答复",
    "上午电话xxxxxx 确认了价格",
    "电话了一下他们的采购",
    "电话了解了某某的需求",
  ])("%s", (text) => {
    expect(inferActivity(text)).toBe("call");
  });
  it.each(["电话号码发给某某了", "给他电话了吗"])("%s is no call held", (text) => {
    expect(inferActivity(text)).toBeNull();
  });
});
