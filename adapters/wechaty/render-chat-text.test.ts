import { describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.js";
import { renderChatText } from "./render-chat-text.js";

const question: Card = {
  title: "“张三”对应多个客户，是哪一个？",
  blocks: [
    {
      type: "actions",
      buttons: [
        { label: "张三科技", actionId: "pending.choose", value: "p:0" },
        { label: "都不是", actionId: "pending.choose", value: "p:none" },
      ],
    },
  ],
};

describe("renderChatText", () => {
  it("puts the text before the card and numbers the buttons with a hint in the card's language", () => {
    const { text, choices } = renderChatText({ text: "好的", card: question });
    expect(text).toBe("好的\n\n【“张三”对应多个客户，是哪一个？】\n[1] 张三科技\n[2] 都不是\n\n（回复数字即可选择）");
    expect(choices.map((c) => c.value)).toEqual(["p:0", "p:none"]);
  });

  it("reads the language from the field labels, not from Chinese company names", () => {
    const deal: Card = {
      title: "#3 华为",
      blocks: [
        { type: "fields", fields: [{ label: "Company", value: "华为" }] },
        { type: "actions", buttons: [{ label: "Mark won", actionId: "deal.move-stage", value: "d:won:1" }] },
      ],
    };
    expect(renderChatText({ card: deal }).text).toMatch(/\[1\] Mark won\n\n\(Reply with a number to choose\.\)$/);
  });

  it("has no choices and no hint for a card without buttons, and plain text stays as is", () => {
    expect(renderChatText({ card: { title: "Pipeline", blocks: [{ type: "text", text: "Lead: 2" }] } })).toEqual({
      text: "【Pipeline】\nLead: 2",
      choices: [],
    });
    expect(renderChatText({ text: "hello" })).toEqual({ text: "hello", choices: [] });
  });
});
