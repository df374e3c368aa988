import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AMY, type Harness, LI } from "../../test/bot-harness.js";
import { createTargetsHarness } from "../../test/targets-fixture.js";

/** `contact add <company> <name> [phone] [email] [title]`: how each line is split into fields. */
const CASES: { line: string; company: string; name: string; phone?: string; email?: string; title?: string }[] = [
  {
    line: 'contact add Acme "Bobby Tables" +1 415 555 0100 bob@acme.com VP Sales',
    company: "Acme",
    name: "Bobby Tables",
    phone: "+1 415 555 0100",
    email: "bob@acme.com",
    title: "VP Sales",
  },
  {
    line: 'contact add "Acme Robotics" "Ann Lee" ann@acmerobotics.com CTO',
    company: "Acme Robotics",
    name: "Ann Lee",
    email: "ann@acmerobotics.com",
    title: "CTO",
  },
  { line: "contact add Acme Robotics Asia “Mary Jane Watson” Head of Sales", company: "Acme Robotics Asia", name: "Mary Jane Watson", title: "Head of Sales" },
  { line: "contact add Globex 'Hank Rearden' 555-0199 CEO", company: "Globex Corporation", name: "Hank Rearden", phone: "555-0199", title: "CEO" },
  { line: 'contact add Umbrella "Jill" VP Marketing', company: "Umbrella Corp", name: "Jill", title: "VP Marketing" },
  { line: "contact add Initrode Ken Adams CFO", company: "Initrode Inc", name: "Ken Adams", title: "CFO" },
  { line: "contact add Stark Industries Nick Fury Director", company: "Stark Industries", name: "Nick Fury", title: "Director" },
  { line: "contact add Wayne Enterprises Lucius VP Engineering", company: "Wayne Enterprises", name: "Lucius", title: "VP Engineering" },
  { line: '联系人 新增 腾讯 "马小腾" 13800138000 CEO', company: "腾讯", name: "马小腾", phone: "13800138000", title: "CEO" },
  { line: "联系人 添加 华为 “任正非” 13900139000 创始人", company: "华为技术有限公司", name: "任正非", phone: "13900139000", title: "创始人" },
  { line: "联系人 添加 小米科技 雷军 leijun@xiaomi.com 董事长", company: "小米科技", name: "雷军", email: "leijun@xiaomi.com", title: "董事长" },
  { line: '联系人 添加 字节跳动 "张 一鸣" 138 0013 8001', company: "字节跳动", name: "张 一鸣", phone: "138 0013 8001" },
];

let h: Harness;
beforeAll(async () => {
  h = await createTargetsHarness();
}, 60_000);
afterAll(async () => h.close());

describe("contact add keeps a quoted name whole", () => {
  it.each(CASES)("$line", async (c) => {
    await h.say(/联系人/.test(c.line) ? LI : AMY, c.line);
    const row = await h.t.db.contact.findFirst({ where: { name: c.name }, include: { company: true } });
    expect(row, `no contact named ${c.name}`).not.toBeNull();
    const contact = await h.domain.contacts.get(row!.id);
    expect(contact.company.name).toBe(c.company);
    expect(contact.phone ?? undefined).toBe(c.phone);
    expect(contact.email ?? undefined).toBe(c.email);
    expect(contact.title ?? undefined).toBe(c.title);
  });
});
