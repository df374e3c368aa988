import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

const follow = (text: string, now: string, zone = "Asia/Shanghai") => {
  const found = parseDates(text, { now: new Date(now), timezone: zone }).followUp;
  return found ? localStamp(found.at, zone).slice(0, 16) : null;
};

// Probes 44–46 (first runs): the holiday just over read as next year's ("国庆期间微信找我…" on 12 October → 2028),
// 节前 beside a date already gone read as before 元旦, 初八 said alone not read, a customer's deadline outranking our
// own step ("春节前要把PO下了，明天问下进度"), "say feb 3" not narrowing "before CNY", "told him i'd call fri" read as
// last Friday, "2 more wks" and "到时候再联系" not read as a wait.
describe("the follow-up day of probes 44–46", () => {
  it.each([
    // Tuesday 12 October 2027, 10:30 in Shanghai: 国庆 (1–7 October) just over
    ["顺丰王总国庆期间微信找我，说节后想看下demo，约了明天下午3点线上演示", "2027-10-12T02:30:00Z", "2027-10-13 15:00"],
    ["9月30号节前最后一天去顺丰总部送了资料，前台签收的", "2027-10-12T02:30:00Z", null],
    ["国庆最后一天10月7号比亚迪的采购打电话来问交付周期", "2027-10-12T02:30:00Z", null],
    ["阿里的项目节前9月27号开了启动会，会议纪要今天要发给他们", "2027-10-12T02:30:00Z", "2027-10-12"],
    ["initech's CTO pinged me on linkedin, wants to talk pricing. told him i'd call fri 11am", "2027-10-12T02:30:00Z", "2027-10-15 11:00"],
    ["told him I would call on fri", "2027-10-12T02:30:00Z", "2027-10-15"],
    // a step of ours after the holiday is still the coming one
    ["节后再约", "2027-10-12T02:30:00Z", "2028-01-03"],
    // Thursday 28 January 2027, 22:00: 春节 on 6 February, 初八 the 13th
    ["今晚和比亚迪陈总吃了个饭，他说二期节后再启动，初八给他打个电话", "2027-01-28T14:00:00Z", "2027-02-13"],
    ["京东年前不会再有动作了，节后初八再跟", "2027-01-28T14:00:00Z", "2027-02-13"],
    ["腾讯王总微信说春节前要把PO下了，明天问下进度", "2027-01-28T14:00:00Z", "2027-01-29"],
    ["remind me: send northwind the renewal quote before CNY, say feb 3", "2027-01-28T14:00:00Z", "2027-02-03"],
    // Monday 8 March 2027, 22:00 (probe 47)
    ["比亚迪王总今天电话里说下周要来上海，周三下午有空", "2027-03-08T14:00:00Z", "2027-03-17 14:00"],
    ["fabrikam wants onsite training week after next, pencil in tues", "2027-03-08T14:00:00Z", "2027-03-23"],
    ["华为 下周报价，周四上午提醒我", "2027-03-08T14:00:00Z", "2027-03-11"],
    ["跟华为通了电话，他们下个月才有预算，下周再跟进", "2027-03-08T14:00:00Z", "2027-03-15"],
    ["send it by friday", "2027-03-08T14:00:00Z", "2027-03-12"],
    // (probe 49: their condition's day was the follow-up)
    ["globex asked if we can do 72k if they sign by 12/15. havent agreed, will decide by wed", "2027-12-03T15:00:00Z", "2027-12-08"],
    ["call them if they dont reply by friday", "2027-12-03T15:00:00Z", "2027-12-10"],
    // Friday 4 June 2027, 09:00
    ["顺丰说采购要等国庆后再启动，到时候再联系", "2027-06-04T01:00:00Z", "2027-10-08"],
  ])("%s (now %s) → %s", (text, now, expected) => {
    const got = follow(text, now);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatch(new RegExp(`^${expected}`));
  });

  it.each([
    ["maybe call them next week", "2027-10-18"],
    ["we may meet next tuesday", "2027-10-19"],
    ["可能下周再去一趟华为", "2027-10-18"],
    ["他们可能下周来公司", "2027-10-18"],
    ["deal probably slips to Feb", "2028-02-01"],
  ])("%s: a maybe of ours, or of theirs within weeks, is still the follow-up", (text, day) => {
    expect(follow(text, "2027-10-12T02:30:00Z")).toMatch(new RegExp(`^${day}`));
  });

  // (a session's note: "the Monday after Thanksgiving" followed up the coming Monday)
  it.each([
    ["follow up the Monday after Thanksgiving", "2027-11-29"],
    ["send it the friday before christmas", "2027-12-24"],
    ["after thanksgiving", "2027-11-26"],
  ])("%s → %s", (text, day) => {
    expect(follow(text, "2027-11-09T14:00:00Z", "America/New_York")).toMatch(new RegExp(`^${day}`));
  });

  it("their 'need 2 more wks to decide' is when to come back (New York)", () => {
    expect(follow("quick call w/ northwind, they need 2 more wks to decide", "2027-06-04T01:00:00Z", "America/New_York")).toMatch(/^2027-06-17/);
  });

  it.each([
    ["初八给他打个电话", "2027-06-28T14:00:00Z"],
    ["预算要等年后再批", "2027-06-04T01:00:00Z"],
    // a maybe of theirs months away, or a customer dropped: no follow-up (every tester of probes 44 and 45)
    ["dinner w/ globex CFO last fri, they're happy, might add seats in Q1", "2027-10-12T02:30:00Z"],
    ["小米陈总刚微信说预算被砍了一半，项目可能要延到明年了", "2027-10-12T02:30:00Z"],
    ["lunch w/ northwind's head of IT, they might expand after CNY", "2027-01-28T14:00:00Z"],
    ["小米回邮件了，说预算冻结，明年下半年再说，这单先不跟了", "2027-01-28T14:00:00Z"],
    ["节前最后一次去京东了 送了点年货 聊得挺好", "2027-01-28T14:00:00Z"],
    ["上周四跟阿里巴巴吃饭，他们VP也在，说4月份可能启动二期", "2027-03-08T14:00:00Z"],
    ["they might sign next month", "2027-03-08T14:00:00Z"],
    // the means it went by is no deadline (probe 47 followed up an hour later)
    ["xiaomi invoice went out by courier today", "2027-03-08T14:00:00Z"],
    ["sent it by email today", "2027-03-08T14:00:00Z"],
  ])("%s (now %s): no follow-up", (text, now) => {
    expect(follow(text, now)).toBeNull();
  });
});
