import { describe, expect, it } from "vitest";
import { isUndoRequest } from "./detect-undo-request.js";

describe("a message that only takes back the last change", () => {
  it.each([
    "oops wrong, undo",
    "please undo",
    "undo that please",
    "sorry, my bad - undo",
    "my mistake, revert that",
    "scratch that",
    "pls roll back the last change",
    "can you undo it?",
    "wrong! take that back",
    "Undo.",
    "不对，撤销",
    "撤销刚才的",
    "记错了，撤回一下",
    "搞错了 撤销吧",
    "撤回上一条",
    "刚才那条删掉",
    "上一条撤销",
    "哎呀写错了，麻烦撤销一下",
    "不好意思，删掉刚才的",
  ])("%s", (text) => {
    expect(isUndoRequest(text)).toBe(true);
  });
});

describe("messages that say more than undo", () => {
  it.each([
    "撤销合同",
    "华为的合同撤回了",
    "undo the discount on Globex",
    "Globex wants to undo the order",
    "不对，是下周三",
    "sorry, I meant 250k",
    "客户撤回了报价申请",
    "cancel that",
    "wrong number, called Globex again",
    "取消",
    "oops",
  ])("%s", (text) => {
    expect(isUndoRequest(text)).toBe(false);
  });
});
