import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import { digestCard } from "../../cards/digest.card.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeWecomApi } from "../../test/fake-wecom-api.js";
import { WecomApiClient } from "./wecom-api.client.js";
import { WecomSender } from "./wecom.sender.js";

const corp = { corpId: "wwsender000000001", secret: "s3cret", robotKey: "rk" };
const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
let fake: FakeWecomApi;
let apiBase: string;

function sender(overrides: { secret?: string } = {}) {
  const api = new WecomApiClient({ apiBase, corpId: corp.corpId, secret: overrides.secret ?? corp.secret, clock });
  return new WecomSender(api, { agentId: 42, apiBase, robotWebhook: `${apiBase}/cgi-bin/webhook/send?key=rk`, cardUrl: "https://crm.example.com/" }, clock);
}

async function caught(promise: Promise<unknown>): Promise<DeliveryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeliveryError) return error;
    throw error;
  }
  throw new Error("expected a DeliveryError");
}

const direct = { conversationId: "zhang", kind: "direct" as const, platformUserId: "zhang" };

beforeAll(async () => {
  fake = new FakeWecomApi(corp);
  apiBase = await fake.start();
});
afterAll(async () => fake.stop());

describe("WecomSender", () => {
  it("fetches one access token and reuses it until it expires", async () => {
    const s = sender();
    const before = fake.count("gettoken");
    await s.send(direct, { text: "一" });
    await s.send(direct, { text: "二" });
    expect(fake.count("gettoken")).toBe(before + 1);
    clock.advance(2 * 3600_000);
    await s.send(direct, { text: "三" });
    expect(fake.count("gettoken")).toBe(before + 2);
  });

  it("gives TOKEN_EXPIRED (retryable) when even a fresh token is refused", async () => {
    const s = sender();
    await s.send(direct, { text: "warm up" });
    fake.expireTokens();
    fake.failNext("message/send", 42001);
    const error = await caught(s.send(direct, { text: "x" }));
    expect(error.code).toBe("TOKEN_EXPIRED");
    expect(error.retryable).toBe(true);
  });

  it("maps WeCom errcodes to delivery errors", async () => {
    const s = sender();
    const cases: [number, string, boolean][] = [
      [45009, "RATE_LIMITED", true],
      [45033, "RATE_LIMITED", true],
      [-1, "TEMPORARY", true],
      [60111, "TARGET_NOT_FOUND", false],
      [81013, "TARGET_NOT_FOUND", false],
      [40058, "PAYLOAD_REJECTED", false],
      [60020, "AUTH_INVALID", false],
    ];
    for (const [errcode, code, retryable] of cases) {
      fake.failNext("message/send", errcode);
      const error = await caught(s.send(direct, { text: "x" }));
      expect([errcode, error.code, error.retryable]).toEqual([errcode, code, retryable]);
    }
    fake.failNext("message/send", 45009);
    expect((await caught(s.send(direct, { text: "x" }))).retryAfterMs).toBe(60_000);
  });

  it("refuses a wrong secret as AUTH_INVALID without leaking it", async () => {
    const error = await caught(sender({ secret: "wrong" }).send(direct, { text: "x" }));
    expect(error.code).toBe("AUTH_INVALID");
    expect(error.message).not.toContain("wrong");
  });

  it("sends a text over WeCom's 2,048 bytes whole, as several messages each within the limit", async () => {
    const before = fake.calls.length;
    const help = Array.from({ length: 40 }, (_, i) => `第${i + 1}行：跟进 添加 <时间> <事项>   跟进 完成 <序号>`).join("\n");
    await sender().send(direct, { text: `${help}\n${"长".repeat(2000)}` });
    const parts = fake.calls
      .slice(before)
      .filter((c) => c.api === "message/send")
      .map((c) => (c.body.text as { content: string }).content);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(2048);
    // Nothing lost: the same characters in the same order, split only where a message ends.
    expect(parts.join("").replace(/\n/g, "")).toBe(`${help}${"长".repeat(2000)}`.replace(/\n/g, ""));
  });

  it("sends a click's short confirmation as the pressed button's text, a long one also as a message", async () => {
    const s = sender();
    const click = { ...direct, replyContext: { responseCode: "rc-1", taskId: "task-1" } };
    await s.send(click, { text: "已批准" });
    expect(fake.calls.at(-1)?.body).toMatchObject({ response_code: "rc-1", button: { replace_name: "已批准" } });

    const long = "已将商机 #12 推进到「商务谈判」，并通知了负责人和他的经理";
    await s.send({ ...direct, replyContext: { responseCode: "rc-2", taskId: "task-2" } }, { text: long });
    const [update, message] = fake.calls.slice(-2);
    expect(update?.api).toBe("message/update_template_card");
    expect(message?.body).toMatchObject({ touser: "zhang", text: { content: long } });

    // The code is spent: the next reply to the same click is a new message.
    await s.send(click, { text: "再次" });
    expect(fake.calls.at(-1)?.api).toBe("message/send");
  });

  it("posts the reply as a new message when WeCom refuses the response code", async () => {
    fake.failNext("message/update_template_card", 40058);
    await sender().send({ ...direct, replyContext: { responseCode: "rc-used", taskId: "t" } }, { text: "好的", updatesSource: true });
    const [update, message] = fake.calls.slice(-2);
    expect(update?.answer.errcode).toBe(40058);
    expect(message?.body).toMatchObject({ touser: "zhang", text: { content: "好的" } });
  });

  it("sends private replies in a group to the member directly", async () => {
    await sender().send({ conversationId: "chat-1", kind: "group", platformUserId: "zhang" }, { text: "只有你能看到", visibility: "private" });
    expect(fake.calls.at(-1)).toMatchObject({ api: "message/send", body: { touser: "zhang" } });
  });

  it("reports a member WeCom lists as invalid, or an unknown robot, as TARGET_NOT_FOUND", async () => {
    fake.unknownUsers.add("left-the-company");
    const gone = await caught(sender().send({ conversationId: "left-the-company", kind: "direct" }, { text: "x" }));
    expect(gone.code).toBe("TARGET_NOT_FOUND");
    const robot = await caught(sender().send({ conversationId: "robot:other", kind: "group" }, { text: "x" }));
    expect(robot.code).toBe("TARGET_NOT_FOUND");
  });

  it("sends a card with buttons as a button_interaction template card and keeps its response code", async () => {
    const card = { title: "选择客户", blocks: [{ type: "actions" as const, buttons: [{ label: "华为", actionId: "pending.choose", value: "p1:0" }] }] };
    const sent = await sender().send(direct, { card });
    const body = fake.calls.at(-1)?.body as { msgtype: string; agentid: number; template_card: { card_type: string; task_id: string } };
    expect(body).toMatchObject({ msgtype: "template_card", agentid: 42, template_card: { card_type: "button_interaction" } });
    expect(JSON.parse(sent.messageRef ?? "{}")).toMatchObject({
      taskId: body.template_card.task_id,
      userids: ["zhang"],
      responseCode: expect.stringMatching(/^send-code-/),
    });
    expect(body.template_card.task_id).toMatch(/^[A-Za-z0-9_\-@]{1,128}$/);
  });

  it("sends a long digest whole: its text as markdown split between lines, then a card holding the buttons", async () => {
    const card = longDigest(16);
    const before = fake.calls.length;
    const sent = await sender().send(direct, { card });
    const bodies = fake.calls
      .slice(before)
      .filter((c) => c.api === "message/send")
      .map(
        (c) =>
          c.body as {
            msgtype: string;
            markdown?: { content: string };
            template_card?: { card_type: string; task_id: string; button_list?: { text: string }[] };
          },
      );
    const last = bodies.at(-1)!;
    expect(last.template_card?.card_type).toBe("button_interaction");
    expect(last.template_card?.button_list?.map((b) => b.text)).toEqual(["Open deal #1", "Open deal #2", "Open deal #3", "Open deal #4", "Snooze 1 day"]);
    expect(JSON.parse(sent.messageRef ?? "{}")).toMatchObject({ taskId: last.template_card?.task_id });
    const markdown = bodies.slice(0, -1);
    expect(markdown.length).toBeGreaterThan(1);
    for (const body of markdown) {
      expect(body.msgtype).toBe("markdown");
      expect(Buffer.byteLength(body.markdown!.content)).toBeLessThanOrEqual(2048);
    }
    const text = markdown.map((b) => b.markdown!.content).join("\n");
    for (let n = 1; n <= 16; n++) expect(text).toContain(`#${n} Globex Corporation expansion phase ${n} $500,000`);
    expect(text).not.toContain("…");
  });

  it("posts a digest too long for one group-robot message as several, each within 4,096 bytes", async () => {
    const before = fake.calls.length;
    await sender().send({ conversationId: "robot:rk", kind: "group" }, { card: longDigest(40) });
    const posts = fake.calls
      .slice(before)
      .filter((c) => c.api === "webhook/send")
      .map((c) => (c.body as { markdown: { content: string } }).markdown.content);
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) expect(Buffer.byteLength(post)).toBeLessThanOrEqual(4096);
    expect(posts.join("\n")).toContain("#40 Globex Corporation expansion phase 40 $500,000");
  });
});

/** A real digest card for team North with `n` deals closing this week and as many gone quiet. */
function longDigest(n: number) {
  const now = clock.now();
  const deals = Array.from({ length: n }, (_, i) => ({
    id: `d${i + 1}`,
    number: i + 1,
    title: `Globex Corporation expansion phase ${i + 1}`,
    amountMinor: 50_000_000n,
    currency: "USD",
    ownerName: "Amy Chen",
    lastActivityAt: new Date(now.getTime() - 12 * 86_400_000),
    expectedCloseAt: new Date(now.getTime() + 86_400_000),
  }));
  return digestCard(
    {
      teamName: "North",
      stages: [{ nameZh: "线索", nameEn: "Lead", kind: "open", count: n, amounts: { USD: n * 50_000_000 } }],
      openCount: n,
      openAmounts: { USD: n * 50_000_000 },
      movement: { created: 1, advanced: 2, won: 0, lost: 0 },
      closingThisWeek: { count: n, amounts: { USD: n * 50_000_000 }, deals },
      topStale: deals,
      overdueByRep: [{ name: "Amy Chen", count: 3 }],
    },
    { locale: "en", timeZone: "Asia/Shanghai", now, weekly: false, alertId: "a1", snooze: true },
  );
}
