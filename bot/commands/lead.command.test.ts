import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, button, createNorthTeamHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

// 李雷 (manager of north) and Amy (rep, north); 华为 and Acme Corp are customers.
let h: Harness;
beforeEach(async () => {
  h = await createNorthTeamHarness({ liManager: true });
});
afterEach(async () => {
  await h.close();
});

describe("leads from chat", () => {
  // Probe: "new lead: Orbital Labs, called their CTO, they have 80k budget" answered "I could not read a name and a
  // way to reach them" and nothing was kept.
  it("a lead naming a company and no person is the company's lead, under the title given", async () => {
    const reply = await h.say(AMY, "new lead: Orbital Labs, called their CTO, they have 80k budget");
    expect(textOf(reply)).toContain("Lead #1 Orbital Labs CTO created");
    expect(await h.t.db.lead.findUniqueOrThrow({ where: { number: 1 } })).toMatchObject({
      name: "Orbital Labs CTO",
      companyName: "Orbital Labs",
      title: "CTO",
    });
    expect(textOf(await h.say(AMY, "new lead: called them, no answer"))).toContain("I could not read a name");
    expect(await h.t.db.lead.count()).toBe(1);
  });

  // Probes 19 and 21: "new lead: Hooli, intro call next tues 2pm" and "新线索：网易，刚加了微信" kept nothing or named the lead
  // "刚加了微信"; the name right after the words is the company when no person is read.
  it.each([
    [AMY, "new lead: Hooli, intro call next tues 2pm", "Hooli"],
    [AMY, "new lead: vandelay industries. cold called, they're interested, send info tmrw", "vandelay industries"],
    [LI, "新线索：网易，刚加了微信", "网易"],
  ])("%s: %s → the lead of %s", async (who, text, company) => {
    await h.say(who, text);
    expect(await h.t.db.lead.findUniqueOrThrow({ where: { number: 1 } })).toMatchObject({ name: company, companyName: company });
  });

  it("a person named first stays the person", async () => {
    await h.say(AMY, "new lead: Gavin Belson from Hooli, gavin@hooli.com");
    expect(await h.t.db.lead.findUniqueOrThrow({ where: { number: 1 } })).toMatchObject({ name: "Gavin Belson", companyName: "Hooli" });
  });

  it("a lead typed in Chinese or English is read, scored and shown; a duplicate asks first and writes nothing until pressed", async () => {
    const zh = await h.say(LI, "新线索：王总，京东，13800138000，展会上认识的");
    expect(textOf(zh)).toContain("已新建线索 #1 王总（归你跟进）");
    expect(textOf(zh)).toContain("京东");
    expect(textOf(zh)).toMatch(/评分.*60/u);
    expect(textOf(zh)).toContain("展会");
    const lead = await h.t.db.lead.findUniqueOrThrow({ where: { number: 1 } });
    expect(lead).toMatchObject({ name: "王总", companyName: "京东", source: "trade-show" });
    // The note keeps the words, not the phone: that is stored encrypted, and notes and audit rows are plain text.
    expect(lead.notes).toContain("[phone]");
    expect(JSON.stringify(await h.t.db.auditLog.findMany({ where: { entityType: "lead" } }))).not.toContain("13800138000");

    const dup = await h.say(AMY, "new lead: Wang from JD, +86 138 0013 8000, came through the website form");
    expect(textOf(dup)).toContain("This may already be here (nothing created)");
    expect(textOf(dup)).toContain("lead #1 王总 · 京东 · same phone");
    expect(await h.t.db.lead.count()).toBe(1);
    // The choice waiting for a press holds the phone sealed, like a stored lead.
    const waiting = await h.t.db.pendingAction.findMany({ where: { kind: "lead-create" } });
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.payload).not.toMatch(/138\D?0013\D?8000/u);
    const anyway = button(dup, (b) => b.actionId === "lead.create");
    expect(textOf(await h.press(AMY, anyway))).toContain("Lead #2 Wang created (yours to work on)");
    // Pressed twice (or the platform delivers the press again): still one new lead.
    expect(textOf(await h.press(AMY, anyway))).toContain("expired");
    expect(await h.t.db.lead.count()).toBe(2);
    expect((await h.t.db.lead.findUniqueOrThrow({ where: { number: 2 } })).source).toBe("web");
    // A lead naming a known customer is shown as that customer.
    expect(textOf(await h.say(AMY, "new lead: Dr. Lee from Acme, lee@acme.com"))).toContain("customer Acme Corp · same company");
    // Someone of another team learns that the phone is known, not whose it is.
    await h.say(BOSS, "user team Amy Chen south");
    const elsewhere = textOf(await h.say(AMY, "new lead: Mr Wong, 13800138000"));
    expect(elsewhere).toContain("lead (a record of another team) · same phone");
    expect(elsewhere).not.toContain("王总");
    // Nothing to go on: a hint, nothing written.
    expect(textOf(await h.say(AMY, "lead new hmm"))).toContain("could not read");
    expect(await h.t.db.lead.count()).toBe(2);
  });

  it("a duplicate can be added to the lead it matches: what that lead lacked is filled in, one record stays", async () => {
    await h.say(LI, "新线索：王总，京东，13800138000");
    const dup = await h.say(AMY, "new lead: Wang from JD, wang@jd.com, +86 138 0013 8000, wants a demo");
    const addTo = button(dup, (b) => b.actionId === "lead.merge");
    expect(addTo.label).toBe("Add to lead #1");
    // Amy may not change 李雷's lead: refused, nothing changed — and her "Create anyway" still works.
    expect(textOf(await h.press(AMY, addTo))).toMatch(/permission/i);
    expect(
      textOf(
        await h.press(
          AMY,
          button(dup, (b) => b.actionId === "lead.create"),
        ),
      ),
    ).toContain("Lead #2 Wang created");
    const again = await h.say(LI, "新线索：王经理 京东 wang@jd.com 13800138000 想要演示");
    const merged = await h.press(
      LI,
      button(again, (b) => b.actionId === "lead.merge"),
    );
    expect(textOf(merged)).toContain("已加到线索 #1");
    expect(await h.t.db.lead.count()).toBe(2);
    const lead = await h.domain.leads.get(
      { userId: (await h.t.db.user.findFirstOrThrow({ where: { name: "李雷" } })).id, role: "manager", teamId: null, channel: "test" },
      1,
    );
    expect(lead).toMatchObject({ email: "wang@jd.com", phone: "13800138000", touches: 1 });
    expect(lead.notes).toContain("想要演示");
  });

  it("the pool: a lead put there is claimed by a button, listed, noted, assigned and converted to customer + contact + deal", async () => {
    await h.say(LI, "线索 新建 陈经理，美的集团，13711112222，官网留言，放公海");
    const pool = await h.say(AMY, "lead pool");
    expect(textOf(pool)).toContain("#1 陈经理 · 美的集团 · website");
    const claimed = await h.press(
      AMY,
      button(pool, (b) => b.actionId === "lead.claim"),
    );
    expect(textOf(claimed)).toContain("Lead #1 陈经理 is yours now");
    expect(textOf(await h.say(LI, "线索 领取 1"))).toContain("已被别人领取");
    expect(textOf(await h.say(AMY, "lead note 1 called, wants pricing"))).toMatch(/Noted on lead #1 \(score \d+\)/);
    expect(textOf(await h.say(AMY, "lead assign 1 李雷"))).toMatch(/permission/i);
    expect(textOf(await h.say(LI, "线索 分配 1 Amy Chen"))).toContain("已分配给 Amy Chen");
    expect(textOf(await h.say(AMY, "lead disqualify 1"))).toContain("Say why");
    const converted = textOf(await h.say(AMY, "lead convert 1 80k"));
    expect(converted).toContain("Lead #1 converted: customer 美的集团 (new), contact 陈经理 (new), deal #1");
    const deal = await h.t.db.deal.findFirstOrThrow({ where: { number: 1 }, include: { company: true } });
    expect(deal).toMatchObject({ amountMinor: 8_000_000n, currency: "USD" });
    expect(deal.company.name).toBe("美的集团");
    expect(textOf(await h.say(AMY, "lead 1"))).toContain("converted");
  });

  it("a lead's details are corrected by its owner (old → new, audited, re-checked for duplicates); others and bad values change nothing", async () => {
    await h.say(AMY, "new lead: Bob Smith from Initech, +1 415 555 0100, Shenzhen");
    const lead = await h.t.db.lead.findUniqueOrThrow({ where: { number: 1 } });
    expect(lead.region).toBe("深圳");
    expect(textOf(await h.say(AMY, "lead 1 phone +1 415 555 0199"))).toContain("Lead #1 phone: +1 415 555 0100 → +1 415 555 0199");
    // The new phone is what duplicates are found by now; the old one is free.
    expect(textOf(await h.say(LI, "新线索：史密斯，+1 415 555 0199"))).toContain("线索 #1 Bob Smith · Initech · 电话相同");
    expect(textOf(await h.say(LI, "新线索：老张，+1 415 555 0100"))).toContain("已新建线索 #2");
    expect(textOf(await h.say(AMY, "lead edit 1 company Initrode"))).toContain("company: Initech → Initrode");
    expect(textOf(await h.say(AMY, "lead 1 region none"))).toContain("region: 深圳 → (empty)");
    const shown = textOf(await h.say(AMY, "lead 1 industry Software"));
    expect(shown).toContain("Industry: Software");
    expect(textOf(await h.say(AMY, "lead 1 email not-an-email"))).toContain('"not-an-email" is not a valid email; nothing was changed');
    // No value is no "clear": the usage, nothing changed (only none/无 clears).
    expect(textOf(await h.say(AMY, "lead 1 phone"))).toMatch(/usage|lead <n>/iu);
    expect(textOf(await h.say(AMY, "lead 1"))).toContain("+1 415 555 0199");
    // 李雷 manages north (Amy's team) and may correct it; Amy may not touch 李雷's own lead.
    expect(textOf(await h.say(LI, "线索 1 地区 上海"))).toContain("线索 #1 的地区：（空） → 上海");
    expect(textOf(await h.say(AMY, "lead 2 name Zhang"))).toMatch(/permission/i);
    const after = await h.t.db.lead.findUniqueOrThrow({ where: { number: 1 } });
    expect(after).toMatchObject({ companyName: "Initrode", region: "上海", industry: "Software" });
    expect((await h.t.db.lead.findUniqueOrThrow({ where: { number: 2 } })).name).toBe("老张");
    const audit = await h.t.db.auditLog.findMany({ where: { action: "lead.edit" } });
    expect(audit).toHaveLength(5);
    expect(JSON.stringify(audit)).not.toContain("555 0199");
  });

  it("lead sources: an admin makes one and sees its token once; reps may not", async () => {
    expect(textOf(await h.say(AMY, "lead source new website"))).toMatch(/permission/i);
    const made = textOf(await h.say(BOSS, "lead source new website north"));
    const token = /lsk_[\w-]+/.exec(made)?.[0];
    expect(token).toBeDefined();
    expect(await h.domain.leadSources.authenticate(token)).toMatchObject({ name: "website" });
    expect(textOf(await h.say(BOSS, "lead source list"))).toContain("website");
    expect(textOf(await h.say(BOSS, "lead source list"))).not.toContain(token!);
  });

  it("campaigns: a manager makes one, leads that name it count for it, and the report shows conversion, revenue, cost per lead and ROI", async () => {
    expect(textOf(await h.say(AMY, "campaign new Expo 10k"))).toMatch(/permission/i);
    // "2026" is part of the name; the cost is the amount with a currency or unit.
    expect(textOf(await h.say(LI, "campaign new Expo 2026 $20k trade-show"))).toContain("已新建营销活动「Expo 2026」，费用 US$20,000");
    // A Latin campaign name counts only as a whole word: not in "Universal Exports"; "Whirlpool" is not the pool.
    await h.say(AMY, "new lead: James Bond, Universal Exports, james@ue.com, expo 2026 is where we met");
    const bond = await h.t.db.lead.findFirstOrThrow({ where: { name: "James Bond" } });
    expect(bond.campaignId).not.toBeNull();
    await h.say(AMY, "new lead: Anna Lee from Whirlpool, anna@whirlpool.com, Exports");
    const anna = await h.t.db.lead.findFirstOrThrow({ where: { name: "Anna Lee" } });
    expect([anna.campaignId, anna.ownerId === null]).toEqual([null, false]);
    expect(textOf(await h.say(LI, "营销活动 新建 双11展会 1万 展会"))).toContain("已新建营销活动「双11展会」，费用 ¥10,000");
    await h.say(LI, "线索 新建 周总，海尔，13600001111，双11展会上认识");
    await h.say(LI, "线索 新建 吴经理，格力，13600002222，双11展会");
    await h.say(LI, "线索 转化 3 4万"); // 周总 (Bond and Anna are #1 and #2)
    await h.say(LI, "商机 推进 1 赢单");
    await h.say(BOSS, "用户 语言 中文");
    const report = textOf(await h.say(BOSS, "营销活动 报表"));
    // 2 leads, 1 converted (50%), won ¥40,000, cost ¥10,000 → ¥5,000 a lead, ROI 300%.
    expect(report).toContain("• 双11展会: 线索 2 · 转化 1（50%） · 赢单 ¥40,000 · 费用 ¥10,000 · 单条成本 ¥5,000 · ROI 300%");
    // James Bond met at the expo counts as a trade-show lead too.
    expect(report).toContain("• 展会: 3 → 1 (33.3%)");
    expect(textOf(await h.say(AMY, "campaign report"))).toMatch(/permission/i);
    // A manager sees their team's leads; the company-wide cost figures are for admins.
    const team = textOf(await h.say(LI, "营销活动 报表"));
    expect(team).toContain("营销活动 ROI · 本团队");
    expect(team).toContain("• 双11展会: 线索 2 · 转化 1（50%） · 赢单 ¥40,000 · 费用 ¥10,000 · 单条成本 — · ROI —");
    await h.say(BOSS, "user team 李雷 south");
    expect(textOf(await h.say(LI, "营销活动 报表"))).toContain("• 双11展会: 线索 0");
  });
});
