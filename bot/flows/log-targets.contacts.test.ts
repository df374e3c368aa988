import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { button, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { buttonLabels, createTargetsHarness, lastActivity, who } from "../../test/targets-fixture.js";

/**
 * Which contact a logged sentence is linked to. `contact` = linked to that existing person (null:
 * nobody); `offer` = logged without a contact and a button offers to add that name; `ask` = a
 * question listing these people and nothing written.
 */
type Expect = { company: string } & ({ contact: string | null } | { offer: string } | { ask: string[] });

const CASES: [string, Expect][] = [
  ["华为的张总说预算批了", { company: "华为技术有限公司", contact: "张伟" }],
  ["跟华为张总通了电话，下周再谈", { company: "华为技术有限公司", contact: "张伟" }],
  ["华为王工反馈了一个问题", { company: "华为技术有限公司", contact: "王建国" }],
  ["和华为的王工开会讨论接口", { company: "华为技术有限公司", contact: "王建国" }],
  ["给华为的老王打了电话", { company: "华为技术有限公司", contact: "王建国" }],
  ["华为的张伟说下周签", { company: "华为技术有限公司", contact: "张伟" }],
  ["拜访华为，王建国很满意", { company: "华为技术有限公司", contact: "王建国" }],
  ["腾讯的马总说下周签约", { company: "腾讯", contact: "马化腾" }],
  ["跟腾讯马总吃饭，聊了合作", { company: "腾讯", contact: "马化腾" }],
  ["腾讯马化腾来电问进度", { company: "腾讯", contact: "马化腾" }],
  ["小米科技的李娟确认了订单", { company: "小米科技", contact: "李娟" }],
  ["华为来电催合同", { company: "华为技术有限公司", contact: null }],
  ["小米的李姐说要样品", { company: "小米科技", ask: ["李娟", "李明"] }],
  ["小米李经理来电问交期", { company: "小米科技", ask: ["李娟", "李明"] }],
  ["跟小米的小李通了电话", { company: "小米科技", ask: ["李娟", "李明"] }],
  // No customer named: the person is the clue (one of that surname → that customer; several → ask).
  ["跟张总通了电话，下周二报价", { company: "华为技术有限公司", contact: "张伟" }],
  ["马总来电说下周签约", { company: "腾讯", contact: "马化腾" }],
  ["老王反馈接口有问题，明天回复他", { company: "华为技术有限公司", contact: "王建国" }],
  ["今天和张总吃饭聊了续约", { company: "华为技术有限公司", contact: "张伟" }],
  ["李总说要样品", { company: "小米科技", ask: ["李娟", "李明"] }],
  ["华为的刘经理打电话来压价", { company: "华为技术有限公司", offer: "刘经理" }],
  ["腾讯的陈总说要再谈", { company: "腾讯", offer: "陈总" }],
  ["华为的李姐要发票", { company: "华为技术有限公司", offer: "李姐" }],
  ["和腾讯的周工对了技术方案", { company: "腾讯", offer: "周工" }],
  ["Acme Robotics: their CTO Bob said yes to the pilot", { company: "Acme Robotics", contact: "Bob Smith" }],
  ["Spoke with Bob Smith at Acme Robotics about the renewal", { company: "Acme Robotics", contact: "Bob Smith" }],
  ["Called Mr. Lee at Acme Robotics, he wants a quote", { company: "Acme Robotics", contact: "David Lee" }],
  ["Lunch with Bob at Acme Robotics", { company: "Acme Robotics", contact: "Bob Smith" }],
  ["lunch with bob smith from acme robotics", { company: "Acme Robotics", contact: "Bob Smith" }],
  ["Met Hank Scorpio from Globex", { company: "Globex Corporation", contact: "Hank Scorpio" }],
  ["Globex CEO Hank said they will sign", { company: "Globex Corporation", contact: "Hank Scorpio" }],
  ["Globex called about the invoice", { company: "Globex Corporation", contact: null }],
  ["Call with Pepper from Stark Industries", { company: "Stark Industries", ask: ["Pepper Potts", "Pepper Jones"] }],
  ["Met Tony Stark at Stark Industries", { company: "Stark Industries", offer: "Tony Stark" }],
  ["Emailed Mrs. Johnson at Globex about the invoice", { company: "Globex Corporation", offer: "Mrs. Johnson" }],
  ["Spoke with Alice Wong from Acme Robotics", { company: "Acme Robotics", offer: "Alice Wong" }],
  ["Umbrella Corp: their CFO Maria pushed back on price", { company: "Umbrella Corp", offer: "Maria" }],
  // A common given name acting with no known contact of that name is offered as a person there.
  ["Sarah wants a quote for Acme Robotics", { company: "Acme Robotics", offer: "Sarah" }],
  ["Nina from Globex loved the demo", { company: "Globex Corporation", offer: "Nina" }],
  ["Sarah at Umbrella Corp wants a quote", { company: "Umbrella Corp", offer: "Sarah" }],
  ["Acme Robotics: Nina loved the demo", { company: "Acme Robotics", offer: "Nina" }],
  ["spoke with Tom from Acme Robotics", { company: "Acme Robotics", offer: "Tom" }],
  ["Globex wants a quote by Friday", { company: "Globex Corporation", contact: null }],
  // The customer's own name, wherever it stands, is no person to add.
  ["over the weekend I had drinks with the Acme Robotics CTO", { company: "Acme Robotics", contact: null }],
  ["Stark Industries countered at 30k, we are holding at 36k", { company: "Stark Industries", contact: null }],
];

let h: Harness;
beforeAll(async () => {
  h = await createTargetsHarness();
}, 60_000);
afterAll(async () => h.close());

describe("which contact a sentence is about", () => {
  it.each(CASES)("%s", async (text, expected) => {
    const before = await h.t.db.activity.count();
    const reply = await h.say(who(text), text);
    const written = (await h.t.db.activity.count()) - before;
    const labels = buttonLabels(reply);
    if ("ask" in expected) {
      expect(written).toBe(0);
      for (const name of expected.ask)
        expect(
          labels.some((l) => l.includes(name)),
          labels.join(" | "),
        ).toBe(true);
      return;
    }
    expect(written, textOf(reply)).toBe(1);
    const activity = await lastActivity(h);
    expect(activity?.company?.name).toBe(expected.company);
    if ("contact" in expected) {
      expect(activity?.contact?.name ?? null).toBe(expected.contact);
      expect(labels.filter((l) => l.includes("联系人") || l.startsWith("Add "))).toEqual([]);
    } else {
      expect(activity?.contactId).toBeNull();
      expect(
        labels.some((l) => l.includes(expected.offer)),
        labels.join(" | "),
      ).toBe(true);
    }
  });
});

describe("answering the contact questions", () => {
  it("the offered button adds the person to that company; the log is already written", async () => {
    const reply = await h.say(LI, "华为的赵经理说合同在走流程");
    const activity = await lastActivity(h);
    expect(activity?.company?.name).toBe("华为技术有限公司");
    await h.press(
      LI,
      button(reply, (b) => b.label.includes("赵经理")),
    );
    const added = await h.t.db.contact.findFirstOrThrow({ where: { name: "赵经理" }, include: { company: true } });
    expect(added.company.name).toBe("华为技术有限公司");
  });

  it("picking one of two same-surname contacts links that one", async () => {
    const asked = await h.say(LI, "小米的李总说下周下单");
    await h.press(
      LI,
      button(asked, (b) => b.label.includes("李明")),
    );
    const activity = await lastActivity(h);
    expect(activity?.company?.name).toBe("小米科技");
    expect(activity?.contact?.name).toBe("李明");
  });

  it("'no contact' logs on the company without a person", async () => {
    const asked = await h.say(LI, "小米的李总要发票");
    await h.press(
      LI,
      button(asked, (b) => b.label === "不关联联系人"),
    );
    const activity = await lastActivity(h);
    expect(activity?.summary).toBe("小米的李总要发票");
    expect(activity?.contactId).toBeNull();
  });

  it("a new customer is created on request and its person offered next", async () => {
    const asked = await h.say(LI, "京东的刘总来电咨询服务器");
    expect(await h.t.db.company.count({ where: { name: "京东" } })).toBe(0);
    const logged = await h.press(
      LI,
      button(asked, (b) => b.label.includes("京东")),
    );
    const activity = await lastActivity(h);
    expect(activity?.company?.name).toBe("京东");
    await h.press(
      LI,
      button(logged, (b) => b.label.includes("刘总")),
    );
    const added = await h.t.db.contact.findFirstOrThrow({ where: { name: "刘总" }, include: { company: true } });
    expect(added.company.name).toBe("京东");
  });
});
