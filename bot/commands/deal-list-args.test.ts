import { describe, expect, it } from "vitest";
import { readDealListQuery } from "./deal-list-args.js";

describe("deal list filters", () => {
  it("reads every filter in English", () => {
    const q = readDealListQuery("proposal mine closing this month over 100k stale page 2", "USD");
    expect(q).toMatchObject({ rest: "proposal", mine: true, closing: "this-month", stale: true, page: 2 });
    expect(q.minAmount).toMatchObject({ minor: 10_000_000, currency: "USD" });
    expect(readDealListQuery("closing next week", "USD")).toMatchObject({ closing: "next-week", rest: "" });
    expect(readDealListQuery("amount >= 50k EUR", "USD").minAmount).toMatchObject({ minor: 5_000_000, currency: "EUR" });
    expect(readDealListQuery("at least $2,000", "CNY").minAmount).toMatchObject({ minor: 200_000, currency: "USD" });
  });

  it("reads every filter in Chinese", () => {
    const q = readDealListQuery("方案报价 我的 本月成交 10万以上 停滞 第2页", "CNY");
    expect(q).toMatchObject({ rest: "方案报价", mine: true, closing: "this-month", stale: true, page: 2 });
    expect(q.minAmount).toMatchObject({ minor: 10_000_000, currency: "CNY" });
    expect(readDealListQuery("金额大于50万", "CNY").minAmount).toMatchObject({ minor: 50_000_000 });
    expect(readDealListQuery("下周签约", "CNY")).toMatchObject({ closing: "next-week", rest: "" });
  });

  it("takes the owner's name to the end of the line, spaces included", () => {
    expect(readDealListQuery("negotiation owner Li Lei", "USD")).toMatchObject({ rest: "negotiation", owner: "Li Lei" });
    expect(readDealListQuery("负责人 王芳", "CNY")).toMatchObject({ owner: "王芳", rest: "" });
  });

  it("reports an amount bound it cannot read instead of dropping it; leaves unknown words for the caller", () => {
    expect(readDealListQuery("over lots", "USD")).toMatchObject({ badAmount: "lots" });
    expect(readDealListQuery("big ones", "USD")).toMatchObject({ rest: "big ones" });
    expect(readDealListQuery("", "USD")).toEqual({ mine: false, stale: false, page: 1, rest: "" });
  });
});
