import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";
import type { Person } from "../../test/bot-harness.js";

// Companies: 华为 (李雷, tier A) and Acme Corp (Amy). 李雷 and Amy are in different teams here.
let h: Harness;
const BOB: Person = { platformUserId: "bob", displayName: "Bob", locale: "en" };
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(BOB, "help");
  await h.say(BOSS, "user team 李雷 north");
  await h.say(BOSS, "user team Amy Chen south");
  await h.say(BOSS, "user team Bob south");
  await h.say(BOSS, "客户 转移 华为 李雷");
  await h.say(BOSS, "company transfer Acme Corp Amy Chen");
});
afterEach(async () => {
  await h.close();
});

const lines = (text: string, head: RegExp) => text.split("\n").filter((l) => head.test(l));

describe("ticket list", () => {
  it("shows unfinished tickets the asker may see, nearest SLA first; status words and 'mine' filter", async () => {
    await h.say(LI, "工单 新建 华为 无法登录 紧急"); // T1
    await h.say(LI, "工单 新建 华为 发票开错 低"); // T2
    await h.say(AMY, "ticket new Acme Corp printer jams"); // T3
    const li = textOf(await h.say(LI, "工单 列表"));
    expect(lines(li, /^T\d+ /u).map((l) => l.split(" ")[0])).toEqual(["T1", "T2"]);
    expect(li).toContain("紧急");
    // Amy's team does not see 华为's tickets, and 李雷 does not see Acme's.
    expect(lines(textOf(await h.say(AMY, "ticket list")), /^T\d+ /u).map((l) => l.split(" ")[0])).toEqual(["T3"]);
    await h.say(LI, "工单 解决 2");
    expect(lines(textOf(await h.say(LI, "工单 列表")), /^T\d+ /u)).toHaveLength(1);
    expect(lines(textOf(await h.say(LI, "工单 列表 已解决")), /^T\d+ /u).map((l) => l.split(" ")[0])).toEqual(["T2"]);
    expect(lines(textOf(await h.say(LI, "工单 列表 全部")), /^T\d+ /u)).toHaveLength(2);
    expect(lines(textOf(await h.say(BOSS, "ticket list all")), /^T\d+ /u)).toHaveLength(3);
    expect(textOf(await h.say(LI, "工单 列表 紫色"))).toContain("没看懂「紫色」");
    await h.say(LI, "工单 1 交给 李雷");
    expect(lines(textOf(await h.say(LI, "工单 列表 我的")), /^T\d+ /u).map((l) => l.split(" ")[0])).toEqual(["T1"]);
  });
});

describe("quote list", () => {
  it("shows the asker's and their team's quotes, newest first, filtered by status", async () => {
    await h.say(AMY, "quote new Acme Corp");
    await h.say(AMY, "quote line Router 2 1200");
    await h.say(BOB, "quote new Acme Corp");
    await h.say(LI, "报价 新建 华为");
    const amy = textOf(await h.say(AMY, "quote list"));
    expect(amy).toContain("Quotes (2)");
    expect(amy).toMatch(/Q\d+ · Acme Corp · Draft · \$2,400/u);
    expect(textOf(await h.say(LI, "报价 列表"))).toContain("报价单（1）");
    expect(textOf(await h.say(AMY, "quote list approved"))).toContain("No quotes match");
    expect(textOf(await h.say(BOSS, "quote list all"))).toContain("Quotes (3)");
    expect(textOf(await h.say(AMY, "quote list shiny"))).toContain("did not understand “shiny”");
  });
});

describe("contact list", () => {
  it("lists everyone at a customer the asker's team may see, and refuses another team's", async () => {
    await h.say(LI, "联系人 添加 华为 张总 13800138000 CTO");
    await h.say(LI, "联系人 添加 华为 李工 li@huawei.com");
    const text = textOf(await h.say(LI, "联系人 列表 华为"));
    expect(text).toContain("华为 的联系人（2）");
    expect(text).toContain("张总 · CTO · 13800138000");
    expect(text).toContain("李工 · li@huawei.com");
    expect(textOf(await h.say(AMY, "contact list 华为"))).toMatch(/permission/i);
    expect(textOf(await h.say(AMY, "contact list Acme Corp"))).toContain("Acme Corp has no contacts yet");
  });
});

describe("paging", () => {
  it("pages every list ten at a time with the next page's command", async () => {
    for (let i = 0; i < 11; i++) await h.say(LI, `工单 新建 华为 问题${i} 普通`);
    const first = textOf(await h.say(LI, "工单 列表"));
    expect(lines(first, /^T\d+ /u)).toHaveLength(10);
    expect(first).toContain("第 1/2 页 · 下一页：工单 列表 第2页");
    expect(lines(textOf(await h.say(LI, "工单 列表 第2页")), /^T\d+ /u)).toHaveLength(1);
    expect(textOf(await h.say(LI, "工单 列表 page 5"))).toContain("没有第 5 页");
  });

  it("pages the customer list too", async () => {
    for (let i = 0; i < 11; i++) await h.say(LI, `客户 添加 测试客户${String.fromCharCode(65 + i)}`);
    const first = textOf(await h.say(LI, "客户 列表"));
    expect(first).toContain("客户（12）"); // 华为 and the eleven; Acme Corp is another team's
    expect(lines(first, /^• /u)).toHaveLength(10);
    expect(first).toContain("第 1/2 页 · 下一页：客户 列表 第2页");
    expect(lines(textOf(await h.say(LI, "客户 列表 第2页")), /^• /u)).toHaveLength(2);
  });
});
