import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const at = { now: new Date("2027-06-04T01:00:00Z"), timezone: "Asia/Shanghai", names: ["Pied Piper", "Initech", "Fabrikam", "京东", "阿里巴巴"] };

// Probes 44 and 46: "pied piper moved the demo to oct 21, 1pm", "fabrikam has a new CTO starting mon. send intro email
// tues", "京东618大促前没空 7月中再约" wrote only the follow-up; every tester logged the customer's move as a note too.
describe("what the customer did, beside the appointment or step it leads to", () => {
  it.each([
    "pied piper moved the demo to june 21, 1pm",
    "initech moved our meeting from thu to fri 11am",
    "Pied Piper postponed the kickoff to next Wednesday",
  ])("%s: the appointment, and news", (text) => {
    const parsed = parseSentence(text, at);
    expect([parsed.planned, parsed.alsoReports]).toEqual([true, true]);
    expect(parsed.followUp).not.toBeNull();
  });

  it.each(["fabrikam has a new CTO starting mon. send intro email tues", "京东618大促前没空 7月中再约", "京东这周没时间 下周再约"])(
    "%s: news with our step, not a to-do alone",
    (text) => {
      const parsed = parseSentence(text, at);
      expect(parsed.taskOnly).toBe(false);
      expect(parsed.followUp).not.toBeNull();
    },
  );

  it.each([
    "meeting moved to thursday",
    "globex call moved to fri 4pm",
    "pied piper mtg rescheduled to next wed",
    "we moved the demo to friday",
    "demo with initech moved to fri",
    "Umbrella Corp asked for an onsite visit next week",
  ])("%s: the appointment only", (text) => {
    expect(parseSentence(text, at).alsoReports).toBe(false);
  });

  it("their question beside the call arranged is news too", () => {
    const parsed = parseSentence("拼多多有个项目经理问我们能不能做定制，约了下周四下午3点电话沟通", at);
    expect([parsed.planned, parsed.alsoReports]).toEqual([true, true]);
  });

  it("of an earlier dated email and today's call, today's call is logged", () => {
    expect(parseSentence("节前9月30号给腾讯发了邮件一直没回，今天打电话也没人接，后天再试一次", at).activity).toBe("call");
  });

  // (probe 49)
  it("both asking, then a call arranged with one: news and the plan", () => {
    const parsed = parseSentence("小米和京东都来问年底优惠，小米更急一点，先跟小米约周二下午3点电话", at);
    expect([parsed.planned, parsed.alsoReports]).toEqual([true, true]);
  });

  it.each(["christmas eve follow up with contoso re renewal", "friday, follow up with Initech on pricing"])("%s: a to-do, its day first", (text) => {
    expect(parseSentence(text, at).taskOnly).toBe(true);
  });

  it("met at their office is a visit, the name in Chinese", () => {
    expect(parseSentence("met 京东 BD team at their beijing office. they want a pilot proposal by next fri", at).activity).toBe("visit");
  });

  it.each(["下周三再约京东", "我这周没空，下周再约京东"])("%s: our own to-do", (text) => {
    expect(parseSentence(text, at).taskOnly).toBe(true);
  });
});
