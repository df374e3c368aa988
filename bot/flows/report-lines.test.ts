import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, createHarnessWithCompanies } from "../../test/bot-harness.js";
import { localStamp } from "../parse/test-support.js";
import { type NamedLine, isSeveralCustomersReport, reportLines } from "./report-lines.js";

// "1. Globex - called…\n2. Initech - demo Tue" asked "which customer?" and logged nothing: a report of
// several customers, one per line, logs each line on its own customer.
describe("the lines of a report", () => {
  it("takes item marks off and drops a heading", () => {
    expect(reportLines("今日工作汇报：\n1、拜访腾讯\n2、给京东打电话\n\n3) 小米签了")?.map((l) => l.text)).toEqual(["拜访腾讯", "给京东打电话", "小米签了"]);
    expect(reportLines("Daily update:\n- Globex: called\n• Initech: demo Tue")?.map((l) => [l.text, l.marked])).toEqual([
      ["Globex: called", true],
      ["Initech: demo Tue", true],
    ]);
    expect(reportLines("【今日工作】\n1. 华为：电话\n2. 腾讯：拜访")?.map((l) => l.text)).toEqual(["华为：电话", "腾讯：拜访"]);
    expect(reportLines("EOD recap\nGlobex: demo done\nInitech: no answer")?.map((l) => l.text)).toEqual(["Globex: demo done", "Initech: no answer"]);
    expect(reportLines("one line only")).toBeNull();
    // a pasted list longer than a day's report stays whole
    expect(reportLines(Array.from({ length: 21 }, (_, i) => `${i + 1}. Globex call ${i}`).join("\n"))).toBeNull();
    expect(reportLines(Array.from({ length: 20 }, (_, i) => `${i + 1}. Globex call ${i}`).join("\n"))).toHaveLength(20);
    expect(reportLines("Update:\nGlobex called")).toBeNull();
    // a heading that is only a title is not said again with each line
    expect(reportLines("今天的情况：\n拜访腾讯\n给京东打电话")?.map((l) => l.say)).toEqual(["拜访腾讯", "给京东打电话"]);
    expect(reportLines("客户进展：\n拜访腾讯\n给京东打电话")?.map((l) => l.say)).toEqual(["拜访腾讯", "给京东打电话"]);
    expect(reportLines("拜访记录：\n腾讯\n京东")?.map((l) => l.say)).toEqual(["拜访记录： 腾讯", "拜访记录： 京东"]);
    // "1 美的 …": a number and a space mark an item too; an unmarked line above marked items only titles them (fresh probe)
    expect(reportLines("今天跑了三家客户\n1 美的 电话 没进展\n2 小米 拜访 下周二签约\n3 阿里 微信 发了资料")?.map((l) => [l.say, l.marked])).toEqual([
      ["美的 电话 没进展", true],
      ["小米 拜访 下周二签约", true],
      ["阿里 微信 发了资料", true],
    ]);
    // a figure with its unit after the space is no item mark
    expect(reportLines("华为 电话\n30 万 是预算")?.map((l) => l.text)).toEqual(["华为 电话", "30 万 是预算"]);
  });

  const named = (text: string, marked: boolean, ...customers: [string, number][]): NamedLine => ({
    line: { text, marked, say: text },
    customers: customers.map(([id, start]) => ({ id, start })),
  });

  it("is a report of several customers only when each line opens on a different one", () => {
    expect(isSeveralCustomersReport([named("拜访腾讯", false, ["t", 2]), named("给京东打电话", false, ["j", 1])])).toBe(true);
    // one customer throughout, a line naming none, a line going on about the one before
    expect(isSeveralCustomersReport([named("华为开会", false, ["h", 0]), named("华为要报价", false, ["h", 0])])).toBe(false);
    expect(isSeveralCustomersReport([named("拜访腾讯", false, ["t", 2]), named("下周再约", false)])).toBe(false);
    expect(isSeveralCustomersReport([named("华为的会开完了", false, ["h", 0]), named("他们说跟腾讯在比价", false, ["t", 5])])).toBe(false);
    // far into an unmarked line the customer may be a side remark; a marked item counts anyway
    expect(isSeveralCustomersReport([named("Globex call went well", false, ["g", 0]), named("pricing was the main topic vs Initech", false, ["i", 30])])).toBe(
      false,
    );
    expect(isSeveralCustomersReport([named("Globex call", true, ["g", 0]), named("sent the revised pricing to Initech", true, ["i", 29])])).toBe(true);
  });
});

describe("a report of several customers, one per line", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarnessWithCompanies();
    await h.say(LI, "客户 添加 腾讯");
    await h.say(LI, "客户 添加 京东");
    await h.say(AMY, "company add Globex");
    await h.say(AMY, "company add Initech");
  });
  afterEach(() => h.close());

  const logged = async () =>
    (await h.t.db.activity.findMany({ orderBy: { createdAt: "asc" }, include: { company: true } })).map((a) => [a.company?.name, a.kind]);

  it("logs each line on its own customer, with its own follow-up", async () => {
    const response = await h.say(LI, "今日工作汇报：\n1、拜访腾讯，聊了二期需求\n2、给京东打电话，下周一报价\n3、华为合同签了，50万");
    expect(await logged()).toEqual([
      ["腾讯", "visit"],
      ["京东", "call"],
      ["华为", "note"],
    ]);
    const follow = await h.t.db.followUp.findFirstOrThrow({ include: { company: true } });
    expect([follow.company?.name, localStamp(follow.dueAt, "Asia/Shanghai")]).toEqual(["京东", "2026-11-30 09:00"]);
    const won = await h.t.db.deal.findFirstOrThrow({ where: { company: { name: "华为" } }, include: { company: true, stage: true } });
    expect([won.company.name, won.amountMinor, won.stage.kind]).toEqual(["华为", 50_000_000n, "won"]);
    expect(response.replies.length).toBeGreaterThanOrEqual(3);
  });

  it("in English, with dashes and numbers", async () => {
    await h.say(AMY, "1. Globex - called, they want a quote by Friday\n2. Initech - demo Tue 2pm\n3. Acme Corp - emailed the contract");
    expect(await logged()).toEqual([
      ["Globex", "call"],
      // "demo Tue 2pm" is a plan: its follow-up only
      ["Acme Corp", "email"],
    ]);
    expect(await h.t.db.followUp.count()).toBe(2);
  });

  it("a report headed 'Daily update:' is no daily-report command", async () => {
    await h.say(AMY, "Daily update:\n- Globex: called, wants pricing\n- Initech: demo Tue 2pm");
    expect(await logged()).toEqual([["Globex", "call"]]);
    const planned = await h.t.db.followUp.findFirstOrThrow({ include: { company: true } });
    expect(planned.company?.name).toBe("Initech");
  });

  it("a question one line asks is still answered by a typed number after the other lines were logged", async () => {
    // (no word that takes in both, as "joint" or "both" would, nor an "and" joining them: which one is asked)
    await h.say(AMY, "1. Globex, Initech call\n2. Acme Corp demo done");
    expect(await logged()).toEqual([["Acme Corp", "meeting"]]);
    await h.say(AMY, "1");
    expect(await logged()).toEqual([
      ["Acme Corp", "meeting"],
      ["Globex", "call"],
    ]);
  });

  it("lines about one customer stay one message", async () => {
    await h.say(AMY, "Globex call went well\nthey want pricing by Friday");
    expect(await logged()).toEqual([["Globex", "call"]]);
  });

  // A day or a verb in the heading belongs to every line; a customer named by a speaker is a remark.
  it("a heading that says a day or a verb is said again with each line", async () => {
    await h.say(LI, "明天：\n拜访华为\n给腾讯打电话");
    const follows = await h.t.db.followUp.findMany({ orderBy: { createdAt: "asc" }, include: { company: true } });
    expect(follows.map((f) => [f.company?.name, localStamp(f.dueAt, "Asia/Shanghai").slice(0, 10)])).toEqual([
      ["华为", "2026-11-26"],
      ["腾讯", "2026-11-26"],
    ]);
    await h.say(AMY, "Yesterday:\n- Globex - demo went well\n- Initech - sent proposal");
    const yesterday = await h.t.db.activity.findMany({ where: { company: { name: { in: ["Globex", "Initech"] } } }, orderBy: { createdAt: "asc" } });
    expect(yesterday.map((a) => [a.kind, localStamp(a.occurredAt, "Asia/Shanghai").slice(0, 10)])).toEqual([
      ["meeting", "2026-11-24"],
      ["email", "2026-11-24"],
    ]);
    await h.say(LI, "今天拜访了两家：\n华为，谈了价格\n京东，要方案");
    expect((await logged()).slice(-2)).toEqual([
      ["华为", "visit"],
      ["京东", "visit"],
    ]);
  });

  it.each(["今天拜访了华为\n王总说腾讯报价更低", "Met Globex today\nCFO said Initech was 20% cheaper", "华为项目周报：\n拜访了腾讯\n给京东打了电话"])(
    "not split: %s",
    async (text) => {
      const who = /\p{Script=Han}/u.test(text) ? LI : AMY;
      await h.say(who, text);
      const rows = await logged();
      // one message: asked which customer (nothing written) or logged once on the first one
      expect(rows.length).toBeLessThanOrEqual(1);
      if (rows.length === 1) expect(["华为", "Globex"]).toContain(rows[0]![0]);
    },
  );
});
