import { describe, expect, it } from "vitest";
import { parseLead } from "./parse-lead.js";

const known = { companies: ["华为", "Acme Corp"], campaigns: ["双11展会"] };
const pick = (text: string) => {
  const p = parseLead(text, known);
  return {
    name: p.name,
    company: p.companyName,
    phone: p.phone,
    email: p.email,
    source: p.source,
    wechat: p.wechatId,
    campaign: p.campaign,
    title: p.title,
    region: p.region,
    industry: p.industry,
  };
};

describe("a new lead as reps type it", () => {
  it.each([
    ["王总，京东，13800138000，展会上认识的", { name: "王总", company: "京东", phone: "13800138000", source: "trade-show" }],
    ["京东的王总 138-0013-8000 官网留言", { name: "王总", company: "京东", phone: "138-0013-8000", source: "web" }],
    [
      "李经理 深圳市腾飞科技有限公司 微信 tengfei_li 老客户介绍的",
      { name: "李经理", company: "深圳市腾飞科技有限公司", wechat: "tengfei_li", source: "referral" },
    ],
    ["华为的采购总监张总，电话 13912345678", { name: "张总", company: "华为", phone: "13912345678", title: "采购总监" }],
    [
      "Bob Smith from Initech, bob@initech.com, met at the trade show",
      { name: "Bob Smith", company: "Initech", email: "bob@initech.com", source: "trade-show" },
    ],
    ["Anna at Globex, +1 415 555 0100, came in through the website form", { name: "Anna", company: "Globex", phone: "+1 415 555 0100", source: "web" }],
    ["Dr. Lee from Acme Corp, referred by Tom", { name: "Dr. Lee", company: "Acme Corp", source: "referral" }],
    ["陈老师 北京大学 双11展会 13700001111", { name: "陈老师", company: "北京大学", campaign: "双11展会", source: "trade-show" }],
    ["Maria Garcia, CTO of Hooli, maria@hooli.com", { name: "Maria Garcia", company: "Hooli", title: "CTO", email: "maria@hooli.com", source: "chat" }],
    // a company alone with what it wants: no person, the want is no company
    ["宁德时代，采购部有意向", { name: null, company: "宁德时代" }],
    ["拼多多，采购有意向", { name: null, company: "拼多多" }],
    ["比亚迪有需求，联系人刘明", { name: "刘明", company: "比亚迪" }],
    ["理想汽车的采购对报价感兴趣", { name: null, company: "理想汽车" }],
    ["张伟，想了解CRM", { name: "张伟", company: null }],
    ["欧阳娜娜，字节跳动", { name: "欧阳娜娜", company: "字节跳动" }],
    ["王伟，蔚来汽车，13800138000", { name: "王伟", company: "蔚来汽车", phone: "13800138000" }],
  ])("%s", (text, expected) => {
    expect(pick(text)).toMatchObject(expected);
  });
});

describe("where a lead is and its industry", () => {
  it.each([
    ["王总，京东，北京，13800138000", { name: "王总", company: "京东", region: "北京", industry: null }],
    ["刘经理，来自杭州，阿里巴巴，13800138001", { name: "刘经理", company: "阿里巴巴", region: "杭州" }],
    ["陈总，美的，行业：家电，地区：华南，13800138002", { name: "陈总", company: "美的", region: "华南", industry: "家电" }],
    ["Bob Smith from Initech, Shenzhen, bob@initech.com", { name: "Bob Smith", company: "Initech", region: "深圳" }],
    ["Anna at Globex, region: West Coast, industry: Retail, +1 415 555 0100", { name: "Anna", company: "Globex", region: "West Coast", industry: "Retail" }],
    // A place inside a company's name is no region, and a piece with only a place is never the person or company.
    ["周总，上海汽车，13800138003", { name: "周总", company: "上海汽车", region: null }],
    ["深圳，李四，13800138004", { name: "李四", region: "深圳" }],
  ])("%s", (text, expected) => {
    expect(pick(text)).toMatchObject(expected);
  });
});

describe("leads as they are pasted: titles, comma lists, business cards, referrers, numbers that are no phone", () => {
  it.each([
    ["Lisa Ray, Head of IT, Stripe, lisa@stripe.com", { name: "Lisa Ray", title: "Head of IT", company: "Stripe", email: "lisa@stripe.com" }],
    ["Tom Hill, Director of Ops at Acme Corp, +1 212 555 0101", { name: "Tom Hill", title: "Director of Ops", company: "Acme Corp", phone: "+1 212 555 0101" }],
    ["Lisa Ray, Nike, +1 503 555 0100", { name: "Lisa Ray", company: "Nike", phone: "+1 503 555 0100" }],
    // the company first (probe: "new lead Hooli, Gavin Belson" made a lead called Hooli at a company "Gavin Belson")
    ["Hooli, Gavin Belson, wants a demo next week", { name: "Gavin Belson", company: "Hooli" }],
    ["Nike, Lisa Ray, lisa@nike.com", { name: "Lisa Ray", company: "Nike", email: "lisa@nike.com" }],
    ["Raj Patel, VP Engineering, Hooli", { name: "Raj Patel", title: "VP Engineering", company: "Hooli" }],
    ["Sam Lee — Chief Technology Officer, Pied Piper, sam@piedpiper.com", { name: "Sam Lee", title: "Chief Technology Officer", company: "Pied Piper" }],
    [
      "张伟\n销售总监\n深圳市腾飞科技有限公司\n手机：138 0013 8000\n邮箱：zhang@tengfei.com",
      { name: "张伟", title: "销售总监", company: "深圳市腾飞科技有限公司", phone: "138 0013 8000", email: "zhang@tengfei.com" },
    ],
    [
      "Maria Garcia\nProcurement Manager\nUmbrella Corp\nM: +44 20 7946 0958\nmaria.garcia@umbrella.com",
      { name: "Maria Garcia", title: "Procurement Manager", company: "Umbrella Corp", phone: "+44 20 7946 0958" },
    ],
    // A referrer's company is not the lead's: 华为 is a known customer, but 李总 is from 小米.
    ["李总，小米，13700001111，华为张总介绍的", { name: "李总", company: "小米", source: "referral" }],
    ["华为张总介绍的李总，小米，13700001111", { name: "李总", company: "小米", source: "referral" }],
    ["Kim Park from Initech, referred by Dr. Lee at Acme Corp", { name: "Kim Park", company: "Initech", source: "referral" }],
    // Dates and money are no phones.
    ["王总，京东，2026-12-15 见面，预算 1500000 元", { name: "王总", company: "京东", phone: null }],
    ["刘总，格力，20261215来访，13800138000", { name: "刘总", company: "格力", phone: "13800138000" }],
    ["Bob from Initech, budget $2500000, call on 2026/12/20", { name: "Bob", company: "Initech", phone: null }],
    // WeChat ids as WeChat writes them.
    ["陈总，美的，微信 wxid_8x7y6z5w4v3u2t1s", { name: "陈总", company: "美的", wechat: "wxid_8x7y6z5w4v3u2t1s" }],
    ["陈总，美的，wxid_abcdef12345", { name: "陈总", company: "美的", wechat: "wxid_abcdef12345" }],
  ])("%s", (text, expected) => {
    expect(pick(text)).toMatchObject(expected);
  });
});

describe("a reviewer's lead texts", () => {
  const withJd = (text: string) => {
    const p = parseLead(text, { companies: ["京东", "华为"], campaigns: [] });
    return {
      name: p.name,
      company: p.companyName,
      phone: p.phone,
      region: p.region,
      industry: p.industry,
      wechat: p.wechatId,
      source: p.source,
      title: p.title,
    };
  };
  it.each([
    // A known customer's name inside a longer one is another company.
    ["新线索：刘总，京东方科技集团，13800138000", { name: "刘总", company: "京东方科技集团" }],
    ["张总，华为云，13800138001", { name: "张总", company: "华为云" }],
    ["京东的王总，13800138002", { name: "王总", company: "京东" }],
    // A phone next to a date; dates are no company.
    ["陈总 13800138000 2026-12-15 下单", { name: "陈总", phone: "13800138000" }],
    ["陈总，13800138000，12月15日", { name: "陈总", phone: "13800138000", company: null }],
    // Labels on one line.
    ["地区：华东 行业：制造 周总 美的集团 13800138000", { name: "周总", company: "美的集团", region: "华东", industry: "制造" }],
    ["姓名：张伟，公司：腾飞科技，职位：采购，手机：13800138003", { name: "张伟", company: "腾飞科技", title: "采购", phone: "13800138003" }],
    ["Contact: Li Wei, Company: Tencent, Beijing, +86 10 6552 0000", { name: "Li Wei", company: "Tencent", region: "北京" }],
    // English order: the person first.
    ["Anna, Shenzhen Widgets, anna@sw.com", { name: "Anna", company: "Shenzhen Widgets" }],
    ["Frank, Frank Widgets, 北京, frank@fw.com", { name: "Frank", company: "Frank Widgets", region: "北京" }],
    ["Mr Lee, Bank of China, Beijing", { name: "Mr Lee", company: "Bank of China", region: "北京" }],
    // WeChat, QQ, referrals.
    ["陈总，美的，wxid_abc", { wechat: "wxid_abc" }],
    ["陈总，美的，QQ 123456789", { phone: null }],
    ["京东的王总 推荐的 李经理 13800138000", { name: "李经理", source: "referral" }],
    ["王总介绍，小米李经理，13800138000", { name: "李经理", source: "referral" }],
  ])("%s", (text, expected) => {
    expect(withJd(text)).toMatchObject(expected);
  });
});
