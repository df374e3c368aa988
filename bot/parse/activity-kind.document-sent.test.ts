import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";

// "华为 方案 发过去了 让张总下周一前看完" logged a note: a document said sent ("方案发过去了", "把报价发给他们了",
// "资料已发"), also with spaces between the words of a terse note, is an email; over WeChat it stays a note.
describe("a document sent is an email", () => {
  it.each([
    ["华为 方案 发过去了 让张总下周一前看完", "email"],
    // probe 16: "Sent Globex the security questionnaire answers" was a note
    ["Sent Globex the security questionnaire answers. Chase in 10 days", "email"],
    ["sent Initech the recap", "email"],
    // probe 19: "f/u" opened a clause of its own and left "sent" with nothing sent
    ["northwind traders - sent f/u email w/ case studies, check back in a week", "email"],
    ["had a f/u call with Initech", "call"],
    ["sent them the answers", "email"],
    ["方案发过去了", "email"],
    // probe 8: the document named in the clause before ("方案改好了 已经发给对方")
    ["顺丰 方案改好了 已经发给对方 周四电话确认", "email"],
    ["方案改好了，已经发过去了", "email"],
    ["合同盖好章了 发给他们了", "email"],
    ["方案改好了，微信发给对方了", "note"],
    ["华为的方案发过去了", "email"],
    ["报价发过去了", "email"],
    ["方案 已发", "email"],
    ["合同发过去了，等他们盖章", "email"],
    ["资料已发", "email"],
    ["资料已发给张总", "email"],
    ["把报价发给他们了", "email"],
    ["把方案发给张总了", "email"],
    ["方案发给客户了", "email"],
    ["方案刚发过去了，张总说下周看", "email"],
    ["报价发给张总了 等回复", "email"],
    ["发了方案", "email"],
    // probe 21: the minutes sent ("会议纪要已经邮件发给美的了" was a meeting)
    ["会议纪要已经邮件发给美的了", "email"],
    ["会议记录发给美的了", "email"],
    ["纪要发过去了", "email"],
    ["给华为发了报价", "email"],
    // probe: a document with a word in front of it, or one more kind of document, was a note
    ["给华为发了修订版合同", "email"],
    ["给小米发了产品手册和案例", "email"],
    ["发了最新版报价 等回复", "email"],
    ["给京东发了白皮书", "email"],
    ["发了产品彩页给他们", "email"],
    ["他们把需求文档发给我们了", "email"],
    // a chat app named: a note
    ["微信上把方案发过去了", "note"],
    ["方案微信发过去了", "note"],
    ["方案发到他微信了", "note"],
  ] as const)("%s → %s", (text, kind) => {
    const read = inferActivityIntent(text);
    expect(read.activity).toBe(kind);
    expect(read.planned).toBe(false);
  });

  // not sent (yet), or asked
  it.each([
    "方案还没发过去",
    "下周把方案发过去",
    "明天发方案",
    "方案发过去",
    "方案发给他了吗",
    "方案发过去了吗",
    // posted, or sent inside our company
    "合同寄给京东了",
    "合同发给法务了，华为下周签",
    "合同发给老板审批了，京东下周签",
    "报价单做好了，明天发给对方",
    "方案改好了，发给对方",
    "方案改好了，发给对方了吗",
  ])("%s logs no email sent", (text) => {
    const read = inferActivityIntent(text);
    expect(read.activity === "email" && !read.planned).toBe(false);
  });
});

// Probe (Slack style): "sent initech proposal 85,000 USD", "sent Acme the renewal quote, 48k" were notes.
describe("a document sent in English, with or without its article", () => {
  it.each([
    "sent initech proposal 85,000 USD",
    "sent Acme the renewal quote, 48k",
    "sent acme pricing",
    "sent them the renewal proposal",
    "sent initech revised pricing",
    "sent Globex our proposal",
  ])("%s → email", (text) => {
    expect(inferActivityIntent(text).activity).toBe("email");
  });
  it.each(["sent bob flowers", "发了个红包"])("%s is no email", (text) => {
    expect(inferActivityIntent(text).activity).not.toBe("email");
  });
});
