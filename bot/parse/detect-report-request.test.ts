import { describe, expect, it } from "vitest";
import { reportCommandFor } from "./detect-report-request.js";

// Found in a new-user run: "本周周报" and "团队本月业绩排名" asked which customer they were about.
const cases: [string, string | null][] = [
  ["本周周报", "周报"],
  ["我的周报", "周报"],
  ["看看上周的周报", "周报 上周"],
  ["团队本月业绩排名", "报表 本月 团队"],
  ["本月业绩排行榜", "报表 本月"],
  ["上个季度的销售报表", "报表 上季度"],
  ["全公司今年的业绩排名怎么样？", "报表 今年 全部"],
  ["my weekly report", "weekly"],
  ["last week's report", "weekly last week"],
  ["this month's leaderboard", "report this month"],
  ["show me the team performance this quarter", "report this quarter team"],
  ["how is the team doing this month?", "report this month team"],
  // the week's activities asked for (probe: "我这周记了哪些活动" was a customer called "记 活动")
  ["我这周记了哪些活动", "周报"],
  ["上周我都做了什么", "周报 上周"],
  ["what did I log this week?", "weekly"],
  ["what have I done last week", "weekly last week"],
  // sentences that mention a report are logged
  ["给华为发了周报", null],
  ["华为要看我们的业绩报表", null],
  ["sent Acme the weekly report", null],
  ["Acme wants a performance report by Friday", null],
  ["这周跟华为做了哪些工作", null],
];

describe("the weekly report and the sales report asked in words", () => {
  it.each(cases)("%s → %s", (text, command) => {
    expect(reportCommandFor(text)).toBe(command);
  });
});
