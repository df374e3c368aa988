import { describe, expect, it } from "vitest";
import { namesCurrency } from "./amount-names-currency.js";
import { parseAmount } from "./parse-amount.js";

const named = ["$250,000", "300k USD", "5万美元", "¥30万", "rmb 2m", "一百二十万元", "港币50万", "€40k", "20万人民币", "USD 1.2M", "50 grand dollars"];
const guessed = ["预算三四十万", "80万上下", "金额120万", "20w", "budget 300k", "报价32万5", "about 1.5M"];

describe("an amount names its currency or leaves it to the language", () => {
  it.each(named)("%s names it", (text) => {
    const amount = parseAmount(text);
    expect(amount).not.toBeNull();
    expect(namesCurrency(amount!)).toBe(true);
  });
  it.each(guessed)("%s does not", (text) => {
    const amount = parseAmount(text);
    expect(amount).not.toBeNull();
    expect(namesCurrency(amount!)).toBe(false);
  });
});
