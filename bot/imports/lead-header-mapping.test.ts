import { describe, expect, it } from "vitest";
import { looksLikeLeads, mapLeadHeaders } from "./lead-header-mapping.js";
import { sourceOfCell, toLeadImportRows } from "./to-lead-import-rows.js";

describe("reading a sheet as leads", () => {
  it("maps Chinese and English headers with their synonyms; an override wins, a field is taken once", () => {
    const headers = [
      "联系人",
      "单位",
      "职务",
      "手机号码",
      "电子邮箱",
      "微信号",
      "所在城市",
      "所属行业",
      "渠道",
      "营销活动",
      "跟进人",
      "需求",
      "登记日期",
      "手机",
    ];
    expect(mapLeadHeaders(headers).columns).toEqual([
      "name",
      "company",
      "title",
      "phone",
      "email",
      "wechat",
      "region",
      "industry",
      "source",
      "campaign",
      "owner",
      "note",
      "date",
      null,
    ]);
    const english = [
      "Full Name",
      "Company Name",
      "Job Title",
      "Mobile",
      "Email Address",
      "WeChat ID",
      "Province",
      "Sector",
      "Lead Source",
      "Campaign",
      "Lead Owner",
      "Remarks",
      "Created Date",
    ];
    expect(mapLeadHeaders(english).columns).toEqual([
      "name",
      "company",
      "title",
      "phone",
      "email",
      "wechat",
      "region",
      "industry",
      "source",
      "campaign",
      "owner",
      "note",
      "date",
    ]);
    expect(mapLeadHeaders(["联系人", "Handy"], { Handy: "phone", 联系人: null }).columns).toEqual([null, "phone"]);
  });

  it("knows a lead sheet by a source or campaign column, 线索/Lead headers, or the file's name", () => {
    expect(looksLikeLeads(["姓名", "手机", "线索来源"], "x.xlsx")).toBe(true);
    expect(looksLikeLeads(["Name", "Campaign"], "x.csv")).toBe(true);
    expect(looksLikeLeads(["线索编号", "姓名"], "x.xlsx")).toBe(true);
    expect(looksLikeLeads(["Lead ID", "Name"], "x.xlsx")).toBe(true);
    expect(looksLikeLeads(["姓名", "手机"], "双11展会名单.xlsx")).toBe(true);
    expect(looksLikeLeads(["姓名", "手机"], "leads-2026.csv")).toBe(true);
    expect(looksLikeLeads(["客户名称", "联系人", "手机"], "客户.xlsx")).toBe(false);
    expect(looksLikeLeads(["Company", "Leader"], "mislead.xlsx")).toBe(false);
  });

  it("reads the source into a kind as chat does, keeps other sources as typed, and dates as YYYY-MM-DD", () => {
    expect(sourceOfCell("展会")).toEqual({ source: "trade-show" });
    expect(sourceOfCell("百度推广")).toEqual({ source: "ads", sourceLabel: "百度推广" });
    expect(sourceOfCell("Website")).toEqual({ source: "web" });
    expect(sourceOfCell("trade show")).toEqual({ source: "trade-show" });
    expect(sourceOfCell("老客户转介绍")).toEqual({ source: "referral", sourceLabel: "老客户转介绍" });
    expect(sourceOfCell("双11大促")).toEqual({ sourceLabel: "双11大促" });
    const rows = toLeadImportRows(
      [
        ["王总", "2026年3月5日", "展会"],
        ["李总", "5/3/2026", ""],
      ],
      { columns: ["name", "date", "source"] },
    );
    expect(rows).toEqual([
      { name: "王总", date: "2026-03-05", source: "trade-show" },
      { name: "李总", date: "5/3/2026" },
    ]);
  });
});
