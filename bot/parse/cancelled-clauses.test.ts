import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { cancelsAppointment } from "./cancelled-clauses.js";
import { localStamp } from "./test-support.js";

const REFERENCES = [
  { label: "Thursday in Shanghai", now: new Date("2026-12-03T02:00:00Z"), timezone: "Asia/Shanghai" },
  { label: "Monday in New York", now: new Date("2026-11-30T15:00:00Z"), timezone: "America/New_York" },
];

describe.each(REFERENCES)("a cancelled appointment is no plan and no follow-up ($label)", ({ now, timezone }) => {
  const parse = (text: string) => parseSentence(text, { now, timezone });

  it.each([
    "Globex cancelled tomorrow's meeting",
    "Acme called off Friday's demo",
    "Initech no-showed the 3pm call",
    "小米取消了明天的会",
    "华为取消了周五的拜访",
    "腾讯明天的会不开了",
    // probe: "is off" scheduled the demo
    "the Friday demo with Contoso is off",
    "tomorrow's initech call is off",
    "globex: monday's meeting is no longer happening",
  ])("%s", (text) => {
    const parsed = parse(text);
    expect(parsed.followUp).toBeNull();
    expect(parsed.planned).toBe(false);
  });

  // probe: chat short forms of the appointment were logged as a meeting held
  it.each(["contoso mtg got cancelled", "fabrikam cancelled the mtg", "initech cancelled the qbr", "globex appt is off"])("%s holds no activity", (text) => {
    const parsed = parse(text);
    expect(parsed.activity).toBeNull();
    expect(parsed.followUp).toBeNull();
  });

  it.each([
    ["Globex cancelled tomorrow's meeting, rescheduled to the 15th at 3pm", "15 15:00"],
    ["小米取消了明天的会，改到15号下午3点", "15 15:00"],
  ])("%s keeps the new date", (text, dayAndTime) => {
    const at = parse(text).followUp?.at;
    expect(at && localStamp(at, timezone).slice(8)).toBe(dayAndTime);
  });

  it.each([
    ["Acme wants to cancel their subscription next month", true],
    ["华为放鸽子了，下周再约", true],
  ])("%s: a cancellation that is no appointment keeps its date", (text, hasFollowUp) => {
    expect(parse(text).followUp !== null).toBe(hasFollowUp);
  });
});

describe("a purchase order received wins the deal", () => {
  it.each([
    ["Acme PO received", "won"],
    ["received the PO from Globex", "won"],
    ["收到华为的采购订单", "won"],
    ["没收到华为的订单", null],
    ["waiting for the PO from Acme", null],
  ])("%s → %s", (text, stage) => {
    expect(parseSentence(text, { now: new Date("2026-12-03T02:00:00Z"), timezone: "Asia/Shanghai" }).stageHint).toBe(stage);
  });
});

// Put off with no new date, the date named is the old one: no follow-up a week later, no plan.
describe("postponed with no new date", () => {
  const ctx = { now: new Date("2026-12-02T02:00:00Z"), timezone: "Asia/Shanghai" };
  it.each(["顺丰说周三的会议延期", "Friday's demo with Globex got postponed", "明天的拜访推迟了", "the Thursday call with Initech is on hold"])(
    "%s",
    (text) => {
      const parsed = parseSentence(text, ctx);
      expect(parsed.followUp).toBeNull();
      expect(parsed.planned).toBe(false);
    },
  );

  it.each([
    ["腾讯的演示推迟到下个月", "2027-01-04"],
    ["Friday's demo with Globex got postponed to next Thursday", "2026-12-10"],
    ["项目推迟了，下周再联系", "2026-12-07"],
  ])("a new date is kept: %s", (text, day) => {
    expect(parseSentence(text, ctx).followUp?.at.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10)).toBe(day);
  });
});

describe("an appointment that did not take place is called off", () => {
  it.each(["Fabrikam meeting didn't happen, rescheduling", "the Initech call fell through", "Initech call never took place", "华为的会没开成"])(
    "%s",
    (text) => {
      expect(cancelsAppointment(text)).toBe(true);
    },
  );
});

// "腾讯 明天的会议 取消了 改到下周" set no follow-up: the new date said after the cancellation, in the same clause, stays.
describe("a new date after the cancellation in its clause", () => {
  it.each([
    ["腾讯 明天的会议 取消了 改到下周", "2026-11-30"],
    ["Globex call tmrw cancelled moved to Friday 3pm", "2026-11-27"],
  ])("%s → follow-up %s", (text, day) => {
    const parsed = parseSentence(text, { now: new Date("2026-11-25T02:00:00Z"), timezone: "Asia/Shanghai" });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai").slice(0, 10)).toBe(day);
  });

  it("小米取消了明天的会 leaves no date", () => {
    expect(parseSentence("小米取消了明天的会", { now: new Date("2026-11-25T02:00:00Z"), timezone: "Asia/Shanghai" }).followUp).toBeNull();
  });
});

// Probe 55: "Contoso call: settled at 100k after they pushed back on 110k" lost the call (read as postponed).
describe("pushing back on a figure postpones nothing", () => {
  it.each([
    ["Contoso call: settled at 100k after they pushed back on 110k. paperwork goes out Monday 9am", "call"],
    ["they pushed back hard on the discount, call went ok", "call"],
  ])("%s → %s", (text, kind) => {
    expect(cancelsAppointment(text)).toBe(false);
    expect(parseSentence(text, { now: new Date("2027-06-25T13:00:00Z"), timezone: "America/New_York", names: ["Contoso"] }).activity).toBe(kind);
  });

  it("a meeting pushed back is still postponed", () => {
    expect(cancelsAppointment("the Contoso call got pushed back")).toBe(true);
  });
});
