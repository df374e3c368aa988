import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AMY, button, type Harness, LI } from "../../test/bot-harness.js";
import { buttonLabels, createTargetsHarness, lastActivity, who } from "../../test/targets-fixture.js";

/**
 * Which company a logged sentence lands on. `log` = the activity is written on that company; `each` = records
 * written on each of these and no other; `ask` = a question with (at least) these buttons and nothing written;
 * `create` = the unknown name is offered for creation and nothing written.
 */
type Expect = { log: string } | { each: string[] } | { ask: string[] } | { create: string } | { askOrCreate: [known: string, created: string] };

const CASES: [string, Expect][] = [
  // Chinese, a known company named anywhere in the sentence, with or without its legal suffix
  ["跟进华为，2周后回访", { log: "华为技术有限公司" }],
  ["华为的采购打电话来压价", { log: "华为技术有限公司" }],
  ["华为那边说下周再谈", { log: "华为技术有限公司" }],
  ["华为技术来电问交期", { log: "华为技术有限公司" }],
  ["今天去华为技术有限公司做了演示", { log: "华为技术有限公司" }],
  ["和华为开会，聊了明年预算", { log: "华为技术有限公司" }],
  ["拜访华为，客户很满意", { log: "华为技术有限公司" }],
  ["给华为发了报价单", { log: "华为技术有限公司" }],
  ["华为说预算批了", { log: "华为技术有限公司" }],
  ["刚才华为打来电话催合同", { log: "华为技术有限公司" }],
  ["上午华为公司来人参观", { log: "华为技术有限公司" }],
  ["下午跟腾讯通了电话", { log: "腾讯" }],
  ["腾讯那边要求再降5%", { log: "腾讯" }],
  ["跟进一下腾讯", { log: "腾讯" }],
  ["腾讯公司发邮件确认了需求", { log: "腾讯" }],
  ["腾讯集团的法务在看合同", { log: "腾讯" }],
  ["阿里巴巴来电咨询价格", { log: "阿里巴巴集团" }],
  ["阿里巴巴集团下周来公司交流", { log: "阿里巴巴集团" }],
  ["阿里那边说下个月采购", { log: "阿里巴巴集团" }],
  ["小米科技的采购在比价", { log: "小米科技" }],
  ["约了小米下周三见面", { log: "小米科技" }],
  ["小米公司要样品", { log: "小米科技" }],
  ["比亚迪确认了订单", { log: "比亚迪股份有限公司" }],
  ["比亚迪股份的技术部提了新需求", { log: "比亚迪股份有限公司" }],
  ["去比亚迪现场做了演示", { log: "比亚迪股份有限公司" }],
  ["美的集团发来招标文件", { log: "美的集团" }],
  ["美的那边对价格不满意", { log: "美的集团" }],
  ["字节跳动来询价", { log: "字节跳动" }],
  ["跟字节跳动的HR聊了培训需求", { log: "字节跳动" }],
  ["中国银行的项目下周投标", { log: "中国银行" }],
  // the known name with its city in front, written without it (found in a new-user run: asked, offering 海康威视 as new)
  ["海康威视的预算定了，120万，下个月招标", { log: "杭州海康威视" }],
  ["跟海康威视通了电话，对方要方案", { log: "杭州海康威视" }],
  ["北京银行的项目启动了", { log: "北京银行" }],
  ["杭州海康威视 周五下班前要报价单", { log: "杭州海康威视" }],
  ["海康威视 周五下班前要报价单", { log: "杭州海康威视" }],
  ["下下周三跟海康开启动会", { log: "杭州海康威视" }],
  ["拜访了中国银行，对方很感兴趣", { log: "中国银行" }],
  ["昨天和Acme Robotics开了个会", { log: "Acme Robotics" }],
  ["跟Globex通了电话，对方要报价", { log: "Globex Corporation" }],
  ["Stark Industries来电说要延期", { log: "Stark Industries" }],
  // English, names with and without suffixes, any case
  ["Called Acme Robotics about the renewal", { log: "Acme Robotics" }],
  ["called acme robotics about the renewal", { log: "Acme Robotics" }],
  ["Met Acme Robotics Asia in Singapore, good meeting", { log: "Acme Robotics Asia" }],
  ["Acme Robotics Asia wants a demo next week", { log: "Acme Robotics Asia" }],
  ["Acme called to push back on price", { log: "Acme" }],
  ["Follow up with Acme in 2 weeks", { log: "Acme" }],
  ["Sent the proposal to Globex", { log: "Globex Corporation" }],
  ["Globex Corporation procurement called to negotiate", { log: "Globex Corporation" }],
  ["globex corp says they will decide next week", { log: "Globex Corporation" }],
  ["Lunch with the Globex team, they liked the roadmap", { log: "Globex Corporation" }],
  ["Initrode Inc emailed asking for the SOC2 report", { log: "Initrode Inc" }],
  ["Initrode wants to revisit the contract terms", { log: "Initrode Inc" }],
  ["Visited Umbrella Corp HQ, demo went well", { log: "Umbrella Corp" }],
  ["umbrella pushed the meeting to Monday", { log: "Umbrella Corp" }],
  ["Quick call with Stark Industries, they need a quote", { log: "Stark Industries" }],
  ["Stark Industries signed the NDA", { log: "Stark Industries" }],
  ["Wayne Enterprises asked for references", { log: "Wayne Enterprises" }],
  ["Pinged Wayne Enterprises about the pilot results", { log: "Wayne Enterprises" }],
  ["Emailed Huawei about the tender", { log: "华为技术有限公司" }],
  ["Spoke to Huawei procurement today", { log: "华为技术有限公司" }],
  // A competitor named in passing does not capture the log
  ["Acme Robotics went with us, lost Initrode to Globex last month", { ask: ["Acme Robotics", "Initrode Inc"] }],
  ["Called Acme about the renewal, they almost lost to Globex", { log: "Acme" }],
  ["Umbrella Corp chose us over Globex", { log: "Umbrella Corp" }],
  ["Stark Industries is comparing us against Wayne Enterprises", { log: "Stark Industries" }],
  ["华为的单子差点输给了腾讯", { log: "华为技术有限公司" }],
  ["小米在比较我们和竞争对手字节跳动的方案", { log: "小米科技" }],
  ["比亚迪最后没选美的，选了我们", { log: "比亚迪股份有限公司" }],
  // Two customers, one named again as the one to act on: that one
  ["腾讯和阿里都在比价，下周一前给腾讯发报价", { log: "腾讯" }],
  ["Acme Robotics and Globex both want a demo, sending Globex the deck tomorrow", { log: "Globex Corporation" }],
  ["小米和比亚迪都来问价了，小米的需求更急", { log: "小米科技" }],
  // Two customers said together, neither singled out: the same is said of each, and logged on each (probes 16, 17,
  // 44 and 45: every tester did; by a short name that is one customer's alone too)
  ["腾讯和阿里都在比价，下周一前给他们发报价", { each: ["腾讯", "阿里巴巴集团"] }],
  ["华为和腾讯都要报价", { each: ["华为技术有限公司", "腾讯"] }],
  ["约了小米和比亚迪下周一起开会", { each: ["小米科技", "比亚迪股份有限公司"] }],
  ["Acme Robotics and Globex both want a demo", { each: ["Acme Robotics", "Globex Corporation"] }],
  ["Called Umbrella Corp and Initrode about pricing", { each: ["Umbrella Corp", "Initrode Inc"] }],
  // the referred company is who the rep now deals with; the referrer is context (was: asked which of the two)
  ["Stark Industries introduced us to Wayne Enterprises", { log: "Wayne Enterprises" }],
  // More phrasings: the name mid-sentence, at the end, typed with another suffix or in another case
  ["这周三去了一趟华为，见了采购", { log: "华为技术有限公司" }],
  ["电话回访华为技术有限公司，满意度不错", { log: "华为技术有限公司" }],
  ["周五前把合同发给华为", { log: "华为技术有限公司" }],
  ["明天上午10点约了腾讯开会", { log: "腾讯" }],
  ["腾讯科技有限公司来函确认交付时间", { log: "腾讯" }],
  ["刚和腾讯的采购吵了一架，压价太狠", { log: "腾讯" }],
  ["阿里巴巴集团的法务说合同条款要改", { log: "阿里巴巴集团" }],
  ["下周二去阿里巴巴做方案汇报", { log: "阿里巴巴集团" }],
  ["小米科技有限公司发来了采购意向", { log: "小米科技" }],
  ["比亚迪那边的技术负责人很认可", { log: "比亚迪股份有限公司" }],
  ["报价已经发给比亚迪了", { log: "比亚迪股份有限公司" }],
  ["美的集团股份有限公司要求开发票", { log: "美的集团" }],
  ["和美的的采购谈了账期", { log: "美的集团" }],
  ["字节跳动有限公司约我们下周去讲方案", { log: "字节跳动" }],
  ["中国银行总行的项目立项了", { log: "中国银行" }],
  ["Acme Robotics Asia的老板很满意", { log: "Acme Robotics Asia" }],
  ["给Umbrella Corp发了合同", { log: "Umbrella Corp" }],
  ["Stark Industries那边说预算没批", { log: "Stark Industries" }],
  ["Had coffee with the Acme Robotics folks, good vibes", { log: "Acme Robotics" }],
  ["Demo for Acme Robotics Asia went well, next step pricing", { log: "Acme Robotics Asia" }],
  ["The Acme Robotics deal is slipping to Q2", { log: "Acme Robotics" }],
  ["ACME ROBOTICS asked for a discount", { log: "Acme Robotics" }],
  ["Acme Robotics Ltd sent over the signed NDA", { log: "Acme Robotics" }],
  ["Acme Inc wants to renew early", { log: "Acme" }],
  ["Globex Corp procurement is stalling", { log: "Globex Corporation" }],
  ["Globex's CFO approved the budget", { log: "Globex Corporation" }],
  ["Voicemail left for Initrode, will try again Friday", { log: "Initrode Inc" }],
  ["Initrode Inc. requested a security review", { log: "Initrode Inc" }],
  ["Renewal call with Umbrella Corporation next Tuesday", { log: "Umbrella Corp" }],
  ["Stark wants a second demo", { log: "Stark Industries" }],
  ["Quick sync with Wayne Enterprises re: onboarding", { log: "Wayne Enterprises" }],
  ["wayne enterprises signed the PO", { log: "Wayne Enterprises" }],
  ["Met with Huawei procurement in Shenzhen", { log: "华为技术有限公司" }],
  ["Umbrella Corp picked us instead of Initrode", { log: "Umbrella Corp" }],
  ["Wayne Enterprises is also talking to Stark Industries, a competitor", { log: "Wayne Enterprises" }],
  ["阿里巴巴那边说腾讯的报价更低，竞品是腾讯", { ask: ["阿里巴巴集团", "腾讯"] }],
  ["字节跳动选了我们，没选阿里巴巴", { log: "字节跳动" }],
  ["华为最后改用了比亚迪的方案", { log: "华为技术有限公司" }],
  ["Called Globex and Initrode, both want a quote", { each: ["Globex Corporation", "Initrode Inc"] }],
  // (asked which until probe 53: "小米王经理推荐了蔚来的采购负责人，我刚打电话过去…" logged the call on 小米; the one referred is the customer)
  ["腾讯介绍了字节跳动的采购给我们", { log: "字节跳动" }],
  ["美团来电，想了解SaaS报价", { create: "美团" }],
  ["今天滴滴那边说预算批了", { create: "滴滴" }],
  ["上午去了一趟联想集团，见了IT负责人", { create: "联想集团" }],
  ["Massive Dynamic wants a pilot next month", { create: "Massive Dynamic" }],
  ["Hooli asked for a demo on Friday", { create: "Hooli" }],
  ["Emailed Cyberdyne Systems the proposal", { create: "Cyberdyne Systems" }],
  // Unknown companies plainly named are offered for creation
  ["京东来电咨询服务器价格", { create: "京东" }],
  ["拼多多那边说下周再谈", { create: "拼多多" }],
  ["跟进网易，2周后回访", { create: "网易" }],
  ["蔚来汽车的采购打电话来压价", { create: "蔚来汽车" }],
  ["今天拜访了顺丰速运，聊了物流系统", { create: "顺丰速运" }],
  ["中国移动来电问报价", { create: "中国移动" }],
  ["Called Initech about the renewal", { create: "Initech" }],
  ["Met with Hooli yesterday, they want a quote", { create: "Hooli" }],
  ["Vandelay Industries emailed about pricing", { create: "Vandelay Industries" }],
  ["Soylent Corp asked for a demo next week", { create: "Soylent Corp" }],
  // A known name that only begins a longer one may be another company: ask, offering both
  ["Met Globex Labs about a pilot", { askOrCreate: ["Globex Corporation", "Globex Labs"] }],
  ["Wayne Foundation called about the gala sponsorship", { askOrCreate: ["Wayne Enterprises", "Wayne Foundation"] }],
  ["Visited Stark Solar today, good demo", { askOrCreate: ["Stark Industries", "Stark Solar"] }],
  ["Initrode Labs emailed asking for pricing", { askOrCreate: ["Initrode Inc", "Initrode Labs"] }],
  ["小米汽车的采购来电问价格", { askOrCreate: ["小米科技", "小米汽车"] }],
  ["拜访了腾讯音乐，聊了版权合作", { askOrCreate: ["腾讯", "腾讯音乐"] }],
  ["Globex CFO called about the budget", { log: "Globex Corporation" }],
  ["Stark Industries Monday meeting moved to Tuesday", { log: "Stark Industries" }],
  ["Wayne Enterprises IT team wants a demo", { log: "Wayne Enterprises" }],
  ["Initrode Inc Shanghai office called", { log: "Initrode Inc" }],
  ["腾讯公司的采购来电", { log: "腾讯" }],
  ["去小米科技工厂参观了产线", { log: "小米科技" }],
  // A referrer is context: the next step is with the company referred (last: the cases share one
  // harness, and the follow-ups these plan would make "Stark Industries Monday meeting moved to
  // Tuesday" ask which of them moves)
  ["got a referral from Acme to Initrode Inc, intro call Thursday", { log: "Initrode Inc" }],
  ["Acme referred us to Umbrella Corp, call them Monday", { log: "Umbrella Corp" }],
  ["introduced by Wayne Enterprises to Stark Industries, demo next Tuesday", { log: "Stark Industries" }],
  ["Stark Industries, introduced by Wayne Enterprises, wants a demo Friday", { log: "Stark Industries" }],
];

let h: Harness;
beforeAll(async () => {
  h = await createTargetsHarness();
}, 60_000);
afterAll(async () => h.close());

describe("which company a sentence is about", () => {
  it.each(CASES)("%s", async (text, expected) => {
    const count = async () => (await h.t.db.activity.count()) + (await h.t.db.followUp.count());
    const before = await count();
    const companiesBefore = await h.t.db.company.count();
    const [activitiesBefore, followUpsBefore] = [await h.t.db.activity.count(), await h.t.db.followUp.count()];
    const reply = await h.say(who(text), text);
    const written = (await count()) - before;
    if ("each" in expected) {
      const rows = [
        ...(await h.t.db.activity.findMany({ orderBy: { createdAt: "asc" }, skip: activitiesBefore, include: { company: true } })),
        ...(await h.t.db.followUp.findMany({ orderBy: { createdAt: "asc" }, skip: followUpsBefore, include: { company: true } })),
      ];
      expect(new Set(rows.map((r) => r.company?.name))).toEqual(new Set(expected.each));
      return;
    }
    if ("log" in expected) {
      expect(written, JSON.stringify(buttonLabels(reply))).toBeGreaterThan(0);
      // a plan ("约了小米下周三见面") writes only its follow-up: the customer is the newest record's
      const [activity, followUp] = await Promise.all([
        lastActivity(h),
        h.t.db.followUp.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } }),
      ]);
      const newest = [activity, followUp].filter((r) => r !== null).sort((a, b) => b!.createdAt.getTime() - a!.createdAt.getTime())[0];
      expect(newest?.company?.name).toBe(expected.log);
      return;
    }
    expect(written).toBe(0);
    expect(await h.t.db.company.count()).toBe(companiesBefore);
    const labels = buttonLabels(reply);
    if ("ask" in expected) {
      for (const name of expected.ask) expect(labels).toContain(name);
    } else if ("askOrCreate" in expected) {
      const [known, created] = expected.askOrCreate;
      expect(labels).toContain(known);
      expect(
        labels.some((l) => l.includes(`“${created}”`) || l.includes(`"${created}"`)),
        labels.join(" | "),
      ).toBe(true);
    } else {
      expect(
        labels.some((l) => l.includes(`“${expected.create}”`) || l.includes(`"${expected.create}"`)),
        labels.join(" | "),
      ).toBe(true);
    }
  });
});

describe("answering and what changes the answer", () => {
  it("two customers named: the chosen one gets the log, and only then", async () => {
    const before = await h.t.db.activity.count();
    const asked = await h.say(LI, "腾讯在比价，阿里也在看，下周一前发报价");
    expect(await h.t.db.activity.count()).toBe(before);
    await h.press(
      LI,
      button(asked, (b) => b.label === "腾讯"),
    );
    // the quote to send is its follow-up, the comparing a note on it
    expect((await h.t.db.followUp.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } }))?.company?.name).toBe("腾讯");
    const logged = await h.t.db.activity.findMany({ orderBy: { createdAt: "asc" }, skip: before, include: { company: true } });
    expect(logged.map((a) => a.company?.name)).toEqual(["腾讯"]);
  });

  // Probes 16 and 17: "今天和小米、京东开了个三方会议", "Globex & Contoso both emailed today" asked which one; every tester
  // logged it on each. A word that takes in all of them (都, 两家, 三方, both, joint) says so, as do names joined to each
  // other ("Acme Robotics and Stark Industries, emailed the deck"; probes 44 and 45); otherwise it is asked.
  it("several customers named, each once, and a word that takes in all: the sentence is logged once per customer, unasked", async () => {
    const before = await h.t.db.activity.count();
    const followUpsBefore = await h.t.db.followUp.count();
    await h.say(LI, "今天跑了两家：腾讯、小米科技，都说下周给答复");
    const logged = await h.t.db.activity.findMany({ orderBy: { createdAt: "asc" }, include: { company: true }, skip: before });
    expect(logged.map((a) => [a.company?.name, a.kind])).toEqual([
      ["腾讯", "visit"],
      ["小米科技", "visit"],
    ]);
    expect((await h.t.db.followUp.count()) - followUpsBefore).toBe(2);
  });

  it.each([
    ["Acme Robotics and Stark Industries both emailed today, reply by Friday", ["Acme Robotics", "Stark Industries"]],
    ["今天和腾讯、小米科技开了个三方会议", ["腾讯", "小米科技"]],
    ["Acme Robotics and Stark Industries, emailed the deck", ["Acme Robotics", "Stark Industries"]],
    ["emailed Acme Robotics and Stark Industries the webinar invite", ["Acme Robotics", "Stark Industries"]],
    ["跟阿里和腾讯开了个三方会 讨论接口对接的事", ["阿里巴巴集团", "腾讯"]],
    // Probes 50–52: a list with commas, a word taking them in said later, named together then a word on each,
    // each in clauses of its own with an activity held there
    [
      "Called Umbrella Corp, Stark Industries and Wayne Enterprises on Friday for new-year check-ins",
      ["Umbrella Corp", "Stark Industries", "Wayne Enterprises"],
    ],
    ["called Umbrella Corp, Stark Industries, and Wayne Enterprises, all quiet", ["Umbrella Corp", "Stark Industries", "Wayne Enterprises"]],
    ["spoke w/ Richard at Umbrella Corp and Bob at Stark Industries this morning, separate calls", ["Umbrella Corp", "Stark Industries"]],
    ["Read that Umbrella Corp is getting acquired by Stark Industries?! big news, note it on both", ["Umbrella Corp", "Stark Industries"]],
    ["在展会上碰到了美的集团和字节跳动的人，都留了名片，美的那边对新品有兴趣，字节跳动那个还是老熟人", ["美的集团", "字节跳动"]],
    ["今天上午先去了小米科技，下午又跑了美的集团，两家都在谈年度框架协议", ["小米科技", "美的集团"]],
  ])("%s → logged on each", async (text, names) => {
    const before = await h.t.db.activity.count();
    await h.say(who(text), text);
    const logged = await h.t.db.activity.findMany({ orderBy: { createdAt: "asc" }, include: { company: true }, skip: before });
    expect(logged.map((a) => a.company?.name)).toEqual(names);
  });

  it.each([
    // the word takes in both, but the activity was with one: the other is named in another clause
    [LI, "跟腾讯开了会，他们和小米科技都在用竞品"],
    [AMY, "met Acme Robotics today, they and Stark Industries both use a competitor"],
  ])("%s: %s → which one is asked", async (who, text) => {
    const before = await h.t.db.activity.count();
    const asked = await h.say(who, text);
    expect(await h.t.db.activity.count()).toBe(before);
    expect(buttonLabels(asked).length).toBeGreaterThan(2);
  });

  // Probe 7: "log it on each" gave both customers the first clause's kind and day.
  it.each([
    [
      LI,
      "昨天拜访了腾讯，今天上午去了小米科技",
      "都记",
      [
        ["腾讯", "visit", -1],
        ["小米科技", "visit", 0],
      ],
    ],
    [
      AMY,
      "Called Umbrella Corp and emailed Stark Industries the revised quote",
      "on all",
      [
        ["Umbrella Corp", "call", 0],
        ["Stark Industries", "email", 0],
      ],
    ],
    [
      LI,
      "昨天拜访了腾讯，又去了小米科技",
      "都记",
      [
        ["腾讯", "visit", -1],
        ["小米科技", "visit", -1],
      ],
    ],
  ] as [typeof LI, string, string, [string, string, number][]][])("%# each customer logged with its own clauses: %s", async (who, text, label, expected) => {
    const before = await h.t.db.activity.count();
    const asked = await h.say(who, text);
    // Probe 52: each customer in clauses of its own, each with an activity held there, is logged unasked
    // ("昨天拜访了顺丰，又去了比亚迪"); it used to ask, "log it on each" among the answers.
    expect(buttonLabels(asked).some((l) => l.includes(label))).toBe(false);
    const logged = await h.t.db.activity.findMany({ orderBy: { createdAt: "asc" }, include: { company: true }, skip: before });
    const dayOf = (at: Date) => Math.round((at.getTime() - h.clock.now().getTime()) / 86_400_000);
    expect(logged.map((a) => [a.company?.name, a.kind, dayOf(a.occurredAt)])).toEqual(expected);
  });

  it("with an amount there is no 'each of them': whose would it be?", async () => {
    const asked = await h.say(LI, "腾讯和小米科技都在比价，预算50万");
    expect(buttonLabels(asked).some((label) => label.includes("都记"))).toBe(false);
  });

  it("a company added a moment ago is recognised in the next sentence", async () => {
    await h.say(LI, "客户 添加 网易有道 B");
    await h.say(LI, "网易有道来电问价格");
    expect((await lastActivity(h))?.company?.name).toBe("网易有道");
    await h.say(AMY, "company add Vandelay Industries B");
    await h.say(AMY, "vandelay industries emailed about pricing");
    expect((await lastActivity(h))?.company?.name).toBe("Vandelay Industries");
  });

  it("a referrer named alone is offered as a choice, never logged on silently", async () => {
    const before = await h.t.db.activity.count();
    const asked = await h.say(AMY, "Globex referred us to a new prospect, call them Monday");
    expect(await h.t.db.activity.count()).toBe(before);
    expect(buttonLabels(asked)).toContain("Globex Corporation");
  });

  it("a competitor named alone is offered as a choice, never logged on silently", async () => {
    const before = await h.t.db.activity.count();
    const asked = await h.say(AMY, "Lost the renewal to Globex");
    expect(await h.t.db.activity.count()).toBe(before);
    expect(buttonLabels(asked)).toContain("Globex Corporation");
  });
});
