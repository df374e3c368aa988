import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";

// Probe 49: "比亚迪的合同金额是多少，帮我查下" logged a note; the asking words came after the question.
describe("a question with the asking words after it", () => {
  it.each([
    ["比亚迪的合同金额是多少，帮我查下", "比亚迪"],
    ["比亚迪的联系人有哪些 帮忙看一下", "比亚迪"],
  ])("%s is a question about %s", (text, subject) => {
    expect(detectQuestion(text)).toMatchObject({ kind: "about", subject: expect.stringContaining(subject) });
  });

  it.each(["拜访了比亚迪，帮我查下", "给比亚迪打了电话，帮我看看"])("%s: a report, asked to look", (text) => {
    expect(detectQuestion(text)?.kind).not.toBe("about");
  });
});
