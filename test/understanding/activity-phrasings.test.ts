import { describe, expect, it } from "vitest";
import type { Person } from "../bot-harness.js";
import { REPS, repWorld } from "./rep-world.js";

/**
 * End to end: everyday call / email / meeting / visit phrasings are logged with the right kind on
 * the right company; questions (even ones naming an activity) write nothing and get an answer;
 * a report that carries the customer's question is still logged.
 */
const LI = REPS.li;
const AMY = REPS.amy;
const world = repWorld(["华为", "腾讯", "京东", "Acme Corp", "Globex"]);

const LOGGED: Array<[Person, string, string, string]> = [
  [LI, "华为采购来电话说要加量", "华为", "call"],
  [LI, "腾讯电话没人接，明天再打", "腾讯", "call"],
  [LI, "京东发邮件来确认了价格", "京东", "email"],
  [LI, "和华为开了个视频会，聊了预算", "华为", "meeting"],
  [LI, "上周五拜访过腾讯，今天电话跟进，对方说月底签", "腾讯", "call"],
  [LI, "拜访了京东，客户问什么时候能交付", "京东", "visit"],
  // going to a customer named in full is a visit ("去了华为" was a note: the name was not read as a place)
  [LI, "上周三去了华为", "华为", "visit"],
  [LI, "昨天下午去了腾讯，聊了预算", "腾讯", "visit"],
  [LI, "前几天去了腾讯", "腾讯", "visit"],
  [LI, "今天和京东开了三个小时的会，聊得很细", "京东", "meeting"],
  [AMY, "swung by Globex this morning", "Globex", "visit"],
  [AMY, "met Bob at the Acme Corp office, they liked the demo", "Acme Corp", "visit"],
  [AMY, "shot Globex an email about pricing", "Globex", "email"],
  [AMY, "visited Acme Corp last week, called them today", "Acme Corp", "call"],
  [AMY, "called Globex, they asked when we can deliver", "Globex", "call"],
];

describe("everyday activity phrasings are logged with their kind", () => {
  it.each(LOGGED)("%#: %s", async (who, text, company, kind) => {
    const h = await world();
    await h.say(who, text);
    const activity = await h.t.db.activity.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } });
    expect([activity?.company?.name, activity?.kind]).toEqual([company, kind]);
  });
});

const ASKED: Array<[Person, string, string]> = [
  [LI, "这个月拜访了几次华为", "华为"],
  [LI, "上次给腾讯打电话是什么时候", "腾讯"],
  [LI, "京东那单签了吗", "京东"],
  [AMY, "when did we last visit Acme Corp", "Acme Corp"],
  [AMY, "how many times did we call Globex this month?", "Globex"],
  [AMY, "did we send Globex the quote", "Globex"],
];

describe("questions that name an activity write nothing", () => {
  it.each(ASKED)("%#: %s", async (who, text, company) => {
    const h = await world();
    const before = await h.t.db.activity.count();
    const response = await h.say(who, text);
    expect(await h.t.db.activity.count()).toBe(before);
    // the answer is that company's card (its recent activities are on it), not "which company?"
    expect(JSON.stringify(response.replies)).toContain(company);
  });
});

describe("going to a customer later is a planned visit", () => {
  it.each([
    [LI, "明天下午去华为", "拜访华为"],
    [LI, "周五去腾讯", "拜访腾讯"],
  ] as const)("%#: %s", async (who, text, title) => {
    const h = await world();
    await h.say(who, text);
    const followUp = await h.t.db.followUp.findFirst();
    expect(followUp?.title.startsWith(title)).toBe(true);
    // nothing has happened yet: no activity
    expect(await h.t.db.activity.count()).toBe(0);
  });
});
