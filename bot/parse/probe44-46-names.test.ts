import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";

// Found by probes 44–46: a city travelled to offered as a new customer ("去深圳拜访" → 深圳), the site, role or
// department kept in the name ("网易杭州办公室", "网易的采购", "海尔采购部刘工发邮件问报价"), "晚点" created as a customer,
// and companies written in lower case or introduced by "有个" not found at all.
describe("names the rep wrote, without the place, the site or the role", () => {
  it.each([
    ["去深圳拜访美的集团，聊了新项目", ["美的集团"]],
    ["下周去上海见新华集团", ["新华集团"]],
    ["明天飞成都见恒瑞的王总", ["恒瑞"]],
    ["下周去上海见恒瑞", ["恒瑞"]],
    ["下周见恒瑞", ["恒瑞"]],
    ["周五下午两点去网易杭州办公室见他们采购总监", ["网易"]],
    ["朋友介绍了网易的采购，下周二去拜访", ["网易"]],
    ["海尔采购部刘工发邮件问报价 下周一回复他", ["海尔"]],
    ["拼多多有个采购找过来，打了个电话", ["拼多多"]],
    ["万科有个项目经理打电话问我们产品", ["万科"]],
    ["朋友说海尔在选CRM，帮我建个客户", ["海尔"]],
    // (probe 48)
    ["收到海信的询价邮件，要30个账号", ["海信"]],
    ["上海电气来电", ["上海电气"]],
    ["跟中山大学约了周五", ["中山大学"]],
    ["北京字节 来电", ["北京字节"]],
    // 阿里地区 is a prefecture; 阿里 is the customer
    ["刚跟阿里通完电话", ["阿里"]],
  ])("%s → %j", (text, hints) => {
    expect(extractNames(text).companyHints).toEqual(hints);
  });

  it.each(["去深圳拜访", "明天去广州拜访客户", "今天太忙了 晚点再录", "有空再聊", "周五见分晓", "客户意见很大", "今天有个客户来电", "下午见客户"])(
    "%s: no customer named",
    (text) => {
      expect(extractNames(text).companyHints).toEqual([]);
    },
  );
});

describe("a company written in lower case at the start of a chat message", () => {
  it.each([
    ["hooli's head of sales dm'd me on linkedin, interested in a trial", "Hooli"],
    ["soylent corp rep called out of the blue, wants pricing", "Soylent Corp"],
    ["stark industries picked up my cold call, mildly interested", "Stark Industries"],
    ["stark industries ceo dm'd me on linkedin", "Stark Industries"],
    ["meituan reached out on linkedin, they want a call", "Meituan"],
    ["inbound lead stark industries, filled out the web form. call them mon 10am", "Stark Industries"],
    ["dunder mifflin came in thru the website form, want a demo. not in crm", "Dunder Mifflin"],
    ["vandelay industries inbound, want pricing for import tracking", "Vandelay Industries"],
  ])("%s → %s", (text, name) => {
    expect(extractNames(text).companyHints[0]).toBe(name);
  });

  it.each(["someone reached out on linkedin", "their cto reached out", "client reached out", "just pinged me", "the customer's cto called"])(
    "%s: no company",
    (text) => {
      expect(extractNames(text).companyHints).toEqual([]);
    },
  );
});
