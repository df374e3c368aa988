/**
 * Realistic rep messages and what a careful assistant records for each, at Wednesday
 * 2026-11-25 10:00 in Shanghai (Tuesday 21:00 in New York). Written for this project.
 *
 * company: the company the activity lands on; CREATE(x): unknown, offered for creation
 * (the test presses the button); ASK: nothing written until the user picks; QUESTION: an
 * answer, nothing written. follow: local "YYYY-MM-DD" or "YYYY-MM-DD HH:mm" prefix in the
 * user's zone, null = no follow-up. amount: [minor units, currency].
 */
export const ASK = { ask: true } as const;
export const QUESTION = { question: true } as const;
export const CREATE = (name: string) => ({ create: name });

export type Expected = string | typeof ASK | typeof QUESTION | { create: string };

export interface RepCase {
  who: "li" | "amy" | "nick";
  text: string;
  company: Expected | Expected[];
  kind?: "call" | "meeting" | "note" | "email" | "visit";
  follow?: string | null;
  amount?: readonly [number, string] | null;
}

/** Known before each message. */
export const KNOWN_COMPANIES = ["华为", "腾讯", "阿里巴巴", "小米科技", "比亚迪", "Acme Corp", "Acme Robotics", "Globex", "Umbrella Corp", "Stark Industries"];

export const REP_CASES: RepCase[] = [
  // 中文 (李雷, Asia/Shanghai)
  { who: "li", text: "跟华为通了电话，下周二报价", company: "华为", kind: "call", follow: "2026-12-01", amount: null },
  { who: "li", text: "今天给华为打了三次电话都没人接", company: "华为", kind: "call", follow: null },
  {
    who: "amy",
    text: "Had lunch with the Globex CFO, budget is around 150k USD",
    company: "Globex",
    kind: "meeting",
    follow: null,
    amount: [15_000_000, "USD"],
  },
  {
    who: "amy",
    text: "Globex budget is around 200k, call them back tomorrow 10am",
    company: "Globex",
    follow: "2026-11-26 10:00",
    amount: [20_000_000, "USD"],
  },
  { who: "li", text: "拜访了腾讯，客户很满意，明天下午3点再沟通", company: "腾讯", kind: "visit", follow: "2026-11-26 15:00" },
  { who: "li", text: "上午去比亚迪现场做了演示", company: "比亚迪", kind: "visit", follow: null },
  { who: "li", text: "和小米科技的马经理吃了个饭，聊了续约的事", company: "小米科技", kind: "meeting" },
  { who: "li", text: "腾讯来电咨询价格", company: "腾讯", kind: "call", follow: null },
  { who: "li", text: "华为的采购打电话来压价", company: "华为", kind: "call" },
  { who: "li", text: "跟进腾讯，2周后回访", company: "腾讯", follow: "2026-12-09" },
  // telegraphic notes: a space or a dash separates what was done from what comes next; a leading day dates the rest
  { who: "li", text: "阿里巴巴-微信沟通-下周见面", company: "阿里巴巴", kind: "note", follow: "2026-11-30" },
  { who: "li", text: "#腾讯 电话 客户暂无需求 3个月后回访", company: "腾讯", kind: "call", follow: "2027-02-25" },
  { who: "li", text: "华为 赵经理 电话沟通 需求：200个摄像头的管理平台 预算待定 下周二出方案", company: "华为", kind: "call", follow: "2026-12-01" },
  { who: "li", text: "明天 下午3点 给华为打电话", company: "华为", kind: "note", follow: "2026-11-26 15:00" },
  // 吃完饭 / 喝完咖啡 finish a meal: the meeting is logged, the later plan is its follow-up
  {
    who: "li",
    text: "刚和华为的刘总吃完饭，他们明年想上CRM，预算大概五六十万，春节后约技术交流",
    company: "华为",
    kind: "meeting",
    follow: "2027-02",
    amount: [50_000_000, "CNY"],
  },
  { who: "li", text: "跟腾讯王总喝完咖啡，下周再约", company: "腾讯", kind: "meeting", follow: "2026-11-30" },
  { who: "li", text: "给阿里巴巴发了报价邮件，预算20多万", company: "阿里巴巴", kind: "email", amount: [20_000_000, "CNY"] },
  { who: "li", text: "华为项目预算12万5，下周一前给方案", company: "华为", follow: "2026-11-30", amount: [12_500_000, "CNY"] },
  { who: "li", text: "和比亚迪开了个会，合同额8亿元人民币", company: "比亚迪", kind: "meeting", amount: [80_000_000_000, "CNY"] },
  { who: "li", text: "昨天拜访了小米科技，月底前报价", company: "小米科技", kind: "visit", follow: "2026-11-30" },
  { who: "li", text: "今天上午和腾讯开了视频会议，他们下下周三要看demo", company: "腾讯", kind: "meeting", follow: "2026-12-09" },
  { who: "li", text: "给华为打了电话没人接，3天后再打", company: "华为", kind: "call", follow: "2026-11-28" },
  { who: "li", text: "发邮件给Acme Corp确认合同条款", company: "Acme Corp", kind: "email" },
  { who: "li", text: "跟小米科技通了电话，对方说明年三月再考虑", company: "小米科技", kind: "call", follow: "2027-03" },
  { who: "li", text: "和华为的李总喝茶聊了下，下个月15号再约", company: "华为", kind: "meeting", follow: "2026-12-15" },
  { who: "li", text: "电话回访比亚迪，客户反馈系统运行稳定", company: "比亚迪", kind: "call", follow: null },
  { who: "li", text: "约了腾讯下周四下午两点见面", company: "腾讯", follow: "2026-12-03 14:00" },
  { who: "li", text: "华为今天发来邮件，要求周五前报价", company: "华为", kind: "email", follow: "2026-11-27" },
  { who: "li", text: "和阿里巴巴开会，预算三千多万", company: "阿里巴巴", kind: "meeting", amount: [3_000_000_000, "CNY"] },
  { who: "li", text: "阿里巴巴那边说下周再谈", company: "阿里巴巴" },
  { who: "li", text: "去比亚迪工厂拜访了王总，报价1.5万", company: "比亚迪", kind: "visit", amount: [1_500_000, "CNY"] },
  { who: "li", text: "昨晚和腾讯的马经理吃饭，后天上午十点再电话确认", company: "腾讯", kind: "meeting", follow: "2026-11-27 10:00" },
  { who: "li", text: "京东来电咨询服务器报价", company: CREATE("京东"), kind: "call" },
  // the customer as the label of the note; the visit is planned, so nothing is logged as done
  {
    who: "li",
    text: "新客户：杭州海康威视，对接人是采购部赵经理，电话13912345678，下周一约了上门拜访",
    company: CREATE("杭州海康威视"),
    follow: "2026-11-30",
  },
  { who: "li", text: "客户：比亚迪，今天电话沟通了续约，下周三前报价", company: "比亚迪", kind: "call", follow: "2026-12-02" },
  { who: "amy", text: "Hooli: demo went great, decision in Q1", company: CREATE("Hooli"), kind: "meeting" },
  { who: "li", text: "腾讯和阿里巴巴都在比价，下周一前给腾讯发报价", company: [ASK, "腾讯"], follow: "2026-11-30" },
  { who: "li", text: "和华为开了会，对方说下个月20号前立项", company: "华为", kind: "meeting", follow: "2026-12-20" },
  { who: "li", text: "腾讯说下个月5号之前定供应商", company: "腾讯", follow: "2026-12-05" },
  { who: "li", text: "上午电联了比亚迪，下周三下午再跟进", company: "比亚迪", kind: "call", follow: "2026-12-02 14:00" },
  { who: "li", text: "昨天下午拜访了小米科技，下周一上午再电话", company: "小米科技", kind: "visit", follow: "2026-11-30 09:00" },
  { who: "li", text: "下午和阿里巴巴开完会，明早九点发方案", company: "阿里巴巴", kind: "meeting", follow: "2026-11-26 09:00" },
  { who: "li", text: "华为的商机有哪些？", company: QUESTION },
  { who: "li", text: "腾讯进展如何", company: QUESTION },
  { who: "li", text: "查一下比亚迪", company: QUESTION },
  // English (Amy, Asia/Shanghai)
  { who: "amy", text: "called Acme Corp, they want a quote next Tuesday", company: "Acme Corp", kind: "call", follow: "2026-12-01" },
  { who: "amy", text: "left a voicemail for Globex", company: "Globex", kind: "call", follow: null },
  {
    who: "amy",
    text: "Met Stark Industries for lunch, budget around $250k, follow up in 10 days",
    company: "Stark Industries",
    kind: "meeting",
    follow: "2026-12-05",
    amount: [25_000_000, "USD"],
  },
  {
    who: "amy",
    text: "Globex meeting went long, they asked for a proposal, send it Friday 4pm",
    company: "Globex",
    kind: "meeting",
    follow: "2026-11-27 16:00",
  },
  { who: "amy", text: "emailed Umbrella Corp the contract, they will sign on the 15th", company: "Umbrella Corp", kind: "email", follow: "2026-12-15" },
  { who: "amy", text: "Called Initech about the renewal", company: CREATE("Initech"), kind: "call" },
  { who: "amy", text: "emailed Dunder Mifflin the proposal", company: CREATE("Dunder Mifflin"), kind: "email" },
  { who: "amy", text: "Globex budget is half a mil", company: "Globex", amount: [50_000_000, "USD"] },
  { who: "amy", text: "visited Stark Industries' plant this morning, follow up in 2 weeks", company: "Stark Industries", kind: "visit", follow: "2026-12-09" },
  { who: "amy", text: "coffee with the Globex CFO, deal size 1,200,000 RMB", company: "Globex", kind: "meeting", amount: [120_000_000, "CNY"] },
  { who: "amy", text: "Acme Corp called us back, they want a demo tomorrow at 3pm", company: "Acme Corp", kind: "call", follow: "2026-11-26 15:00" },
  {
    who: "amy",
    text: "phoned Umbrella Corp, budget is 1.2m USD, decision by end of month",
    company: "Umbrella Corp",
    kind: "call",
    follow: "2026-11-30",
    amount: [120_000_000, "USD"],
  },
  { who: "amy", text: "sent the proposal to Stark Industries by email, follow up in 3 days", company: "Stark Industries", kind: "email", follow: "2026-11-28" },
  { who: "amy", text: "dinner with Acme Corp's VP Sales, remind me next Monday", company: "Acme Corp", kind: "meeting", follow: "2026-11-30" },
  { who: "amy", text: "Umbrella Corp's procurement called to push the price down", company: "Umbrella Corp", kind: "call" },
  { who: "amy", text: "quick zoom with Globex, they need the SOW in 2 weeks", company: "Globex", kind: "meeting", follow: "2026-12-09" },
  { who: "amy", text: "Acme Robotics wants a second demo, call them back in 3 days", company: "Acme Robotics", follow: "2026-11-28" },
  { who: "amy", text: "called Globex, decision in a fortnight", company: "Globex", kind: "call", follow: "2026-12-09" },
  {
    who: "amy",
    text: "this morning called Acme Robotics, next Wednesday afternoon follow up",
    company: "Acme Robotics",
    kind: "call",
    follow: "2026-12-02 14:00",
  },
  { who: "amy", text: "swung by Wayne Enterprises' office, their CEO wants a pilot", company: CREATE("Wayne Enterprises") },
  { who: "amy", text: "stopped by Initech HQ on Monday", company: CREATE("Initech") },
  { who: "amy", text: "dropped in on Hooli, follow up in a fortnight", company: CREATE("Hooli"), follow: "2026-12-09" },
  { who: "amy", text: "went over to Pied Piper's office with the VP", company: CREATE("Pied Piper") },
  { who: "amy", text: "what is the status of Globex?", company: QUESTION },
  { who: "amy", text: "search Acme", company: QUESTION },
  { who: "amy", text: "how is the Umbrella Corp deal going?", company: QUESTION },
  // English (Nick, America/New_York: it is Tuesday 21:00 there)
  { who: "nick", text: "called Acme Corp, follow up tomorrow", company: "Acme Corp", kind: "call", follow: "2026-11-25" },
  { who: "nick", text: "Met Globex today, send pricing on Friday", company: "Globex", kind: "meeting", follow: "2026-11-27" },
  { who: "nick", text: "phoned Umbrella Corp, call them back in 3 days", company: "Umbrella Corp", kind: "call", follow: "2026-11-27" },
  { who: "nick", text: "visited Stark Industries, next step next Monday at 10am", company: "Stark Industries", kind: "visit", follow: "2026-11-30 10:00" },
  { who: "nick", text: "had a call with Globex 2 days ago, they asked for a quote by Dec 4", company: "Globex", kind: "call", follow: "2026-12-04" },
  // Reports dated by a bare weekday or a month, unanswered calls, finished verbs, plans with a budget to come
  { who: "li", text: "周四上午拜访了比亚迪，对方对价格有异议", company: "比亚迪", kind: "visit", follow: null },
  { who: "li", text: "周一给华为打了电话，他们月底前给答复", company: "华为", kind: "call", follow: "2026-11-30" },
  { who: "li", text: "阿里巴巴 电话 没接通", company: "阿里巴巴", kind: "call", follow: null },
  { who: "li", text: "刚跟阿里巴巴通完电话 他们要下个月才有预算", company: "阿里巴巴", kind: "call", amount: null },
  { who: "li", text: "比亚迪 预计下月中旬签约 金额大概50万左右", company: "比亚迪", follow: "2026-12-15", amount: [50_000_000, "CNY"] },
  { who: "amy", text: "Umbrella Corp renewal at risk - they mentioned budget freeze until July", company: "Umbrella Corp", kind: "note", follow: "2027-07-01" },
  { who: "amy", text: "Called Globex on Monday, they want a revised quote", company: "Globex", kind: "call", follow: null },
  { who: "amy", text: "Talked to Acme Robotics procurement, next sync in 2 wks", company: "Acme Robotics", follow: "2026-12-09" },
  {
    who: "nick",
    text: "Met Acme Robotics at their office yesterday, they need pricing by end of month",
    company: "Acme Robotics",
    kind: "visit",
    follow: "2026-11-30",
  },
  // Durations counted from a date, asap, meetings held at the customer, quantities, colloquial 万, a dash
  { who: "amy", text: "Acme Corp renewal due Jan 15, reach out 2 weeks before", company: "Acme Corp", follow: "2027-01-01" },
  { who: "amy", text: "Acme Corp is considering a competitor, schedule an exec call asap", company: "Acme Corp", follow: "2026-11-25 11:00" },
  { who: "li", text: "下午去华为开了个会，会上确定了实施范围", company: "华为", kind: "visit" },
  { who: "amy", text: "Globex: 250 seats x $30/mo", company: "Globex", amount: [750_000, "USD"] },
  { who: "li", text: "华为那边大概五十个w", company: "华为", amount: [50_000_000, "CNY"] },
  { who: "amy", text: "Acme Robotics - 3 yr deal at 40k/yr", company: "Acme Robotics", follow: null },
  // Slack shorthand: 2moro, next wk, bare wed, w/, mtg, vm, orders to oneself, clock times with no day, the holidays
  { who: "amy", text: "Stark Industries vp called me back, wants pricing 2moro", company: "Stark Industries", kind: "call", follow: "2026-11-26" },
  { who: "amy", text: "acme corp call 2moro 11am", company: "Acme Corp", follow: "2026-11-26 11:00" },
  {
    who: "amy",
    text: "quick call with acme corp - they're 60k, need legal review, f/u next wk",
    company: "Acme Corp",
    kind: "call",
    follow: "2026-11-30",
    amount: [6_000_000, "USD"],
  },
  { who: "amy", text: "acme robotics wants a call next week, maybe wed", company: "Acme Robotics", follow: "2026-12-02" },
  {
    who: "amy",
    text: "spoke w/ Globex, 25K USD for the pilot, decision EOM",
    company: "Globex",
    kind: "call",
    follow: "2026-11-30",
    amount: [2_500_000, "USD"],
  },
  {
    who: "amy",
    text: "had a great mtg w/ Wayne Enterprises today, budget 80k",
    company: CREATE("Wayne Enterprises"),
    kind: "meeting",
    amount: [8_000_000, "USD"],
  },
  { who: "amy", text: "catch up call w/ globex today, all good", company: "Globex", kind: "call", follow: null },
  { who: "amy", text: "left 2 voicemails for Acme Robotics this week, no reply", company: "Acme Robotics", kind: "call" },
  { who: "amy", text: "drove out to Acme Robotics to fix their install", company: "Acme Robotics", kind: "visit" },
  { who: "amy", text: "met the Acme Corp team at their office, they're evaluating 3 vendors", company: "Acme Corp", kind: "visit" },
  {
    who: "amy",
    text: "spoke to Globex today - they're going to sign next week for 60K",
    company: "Globex",
    kind: "call",
    follow: "2026-11-30",
    amount: [6_000_000, "USD"],
  },
  { who: "amy", text: "Umbrella Corp CEO stopped by our booth today, wants a demo next month", company: "Umbrella Corp", follow: "2026-12-01" },
  { who: "amy", text: "send Umbrella Corp the updated proposal monday", company: "Umbrella Corp", follow: "2026-11-30" },
  { who: "amy", text: "called acme corp at 2:15, no answer", company: "Acme Corp", kind: "call", follow: null },
  { who: "nick", text: "call Globex at 8:30am", company: "Globex", follow: "2026-11-25 08:30" },
  { who: "amy", text: "Umbrella Corp said to ping them after the holidays", company: "Umbrella Corp", follow: "2027-01-04" },
  { who: "amy", text: "Umbrella Corp wants quote for 500 units @ $12", company: "Umbrella Corp", amount: [600_000, "USD"] },
  { who: "amy", text: "webex with Acme Robotics this am, showed the new features", company: "Acme Robotics", kind: "meeting", follow: null },
  { who: "amy", text: "gmeet w/ Globex procurement, follow up this coming Monday", company: "Globex", kind: "meeting", follow: "2026-11-30" },
  { who: "amy", text: "fwd'd the deck to Globex", company: "Globex", kind: "email" },
  { who: "amy", text: "tried Globex twice, no luck", company: "Globex", kind: "call" },
  { who: "amy", text: "Acme Corp's assistant picked up, said he's out till monday", company: "Acme Corp", kind: "call", follow: "2026-11-30" },
  { who: "amy", text: "Stark Industries: vm again. try thurs", company: "Stark Industries", kind: "call", follow: "2026-11-26" },
  { who: "amy", text: "Acme Corp demo done ✅ next: pricing call fri", company: "Acme Corp", kind: "meeting", follow: "2026-11-27" },
  { who: "amy", text: "ping Umbrella Corp later today", company: "Umbrella Corp", follow: "2026-11-25 12:00" },
  { who: "amy", text: "moved the Acme Corp mtg from fri to mon", company: "Acme Corp", follow: "2026-11-30" },
  { who: "amy", text: "Stark Industries renewal coming up in Feb, start talks in Jan", company: "Stark Industries", follow: "2027-01-01" },
  { who: "amy", text: "called stark, they want a demo next week", company: "Stark Industries", kind: "call", follow: "2026-11-30" },
  { who: "amy", text: "Massive Dynamic demo on 12/9 at 11", company: CREATE("Massive Dynamic"), follow: "2026-12-09 11:00" },
  { who: "amy", text: "call w/ Hooli tomorrow 2pm", company: CREATE("Hooli"), follow: "2026-11-26 14:00" },
  { who: "amy", text: "phone call with Oscorp, they need a quote in 2 weeks", company: CREATE("Oscorp"), kind: "call", follow: "2026-12-09" },
  { who: "amy", text: "Globex: sent revised quote $42,500", company: "Globex", kind: "email", amount: [4_250_000, "USD"] },
  {
    who: "amy",
    text: "Stark Industries QBR today went well, renewal likely at 180k",
    company: "Stark Industries",
    kind: "meeting",
    amount: [18_000_000, "USD"],
  },
  { who: "amy", text: "had a 1:1 with the Globex champion", company: "Globex", kind: "meeting", follow: null },
  { who: "amy", text: "Spoke with Umbrella Corp's CFO for 30 mins, they need approval from the board", company: "Umbrella Corp", kind: "call", follow: null },
  { who: "nick", text: "Acme Corp dinner tomorrow at 7", company: "Acme Corp", follow: "2026-11-25 19:00" },
  { who: "nick", text: "Stark Industries renewal due 1/15, reach out 30 days prior", company: "Stark Industries", follow: "2026-12-16" },
  { who: "nick", text: "sent Umbrella Corp the MSA this afternoon", company: "Umbrella Corp", kind: "email", follow: null },
  { who: "amy", text: "calld acme corp, no anwser", company: "Acme Corp", kind: "call", follow: null },
  { who: "amy", text: "emaild stark industries the quote", company: "Stark Industries", kind: "email" },
  { who: "amy", text: "had a productive session with Globex's data team", company: "Globex", kind: "meeting" },
  { who: "amy", text: "Acme Corp site tour today", company: "Acme Corp", kind: "visit" },
  { who: "amy", text: "where are we with acme robotics", company: QUESTION },
  { who: "amy", text: "Umbrella Corp quote at 12,500 dollars", company: "Umbrella Corp", follow: null, amount: [1_250_000, "USD"] },
  { who: "amy", text: "Globex call went well, circle back after the weekend", company: "Globex", kind: "call", follow: "2026-11-30" },
  { who: "amy", text: "called acme corp this morning, they need the quote by 5", company: "Acme Corp", kind: "call", follow: "2026-11-25 17:00" },
  // Reported speech, later today, exchanges, plans with 先, festivals, approximate amounts, closing with no open deal
  { who: "li", text: "华为王总发微信说下周可以见面", company: "华为", kind: "note", follow: "2026-11-30" },
  { who: "li", text: "腾讯李总电话里表示月底前签合同", company: "腾讯", kind: "call", follow: "2026-11-30" },
  { who: "li", text: "给腾讯打电话没人接，晚点再打", company: "腾讯", kind: "call", follow: "2026-11-25 12:00" },
  { who: "li", text: "比亚迪电话占线，等会儿再打", company: "比亚迪", kind: "call", follow: "2026-11-25 12:00" },
  { who: "li", text: "和小米科技做了技术交流，下周一发资料", company: "小米科技", kind: "meeting", follow: "2026-11-30" },
  { who: "li", text: "跟腾讯的采购谈了一下午，价格压到45万", company: "腾讯", kind: "meeting", amount: [45_000_000, "CNY"] },
  { who: "li", text: "下午去比亚迪做交流", company: "比亚迪", follow: "2026-11-25 14:00" },
  { who: "li", text: "阿里巴巴这周先发方案，下周三再电话跟进", company: "阿里巴巴", kind: "note", follow: "2026-12-02" },
  { who: "li", text: "年前跟阿里巴巴确认需求，节后再约", company: "阿里巴巴", follow: "2027-02" },
  { who: "li", text: "跟比亚迪聊了，预算20多万", company: "比亚迪", amount: [20_000_000, "CNY"] },
  { who: "li", text: "腾讯那个单子丢了，选了竞品", company: "腾讯", kind: "note", amount: null },
  { who: "amy", text: "lost Globex to Salesforce", company: "Globex", amount: null },
  { who: "amy", text: "called Globex, no answer, will try again later today", company: "Globex", kind: "call", follow: "2026-11-25 12:00" },
];

/** Deal commands with an amount: the deal's value, never a silent 0. */
export const DEAL_COMMANDS: { who: "li" | "amy"; text: string; amount: readonly [number, string] }[] = [
  { who: "amy", text: "deal new Acme Corp 200000", amount: [20_000_000, "USD"] },
  { who: "li", text: "商机 新建 腾讯 800000", amount: [80_000_000, "CNY"] },
  { who: "amy", text: "deal new Globex 1,200,000 RMB", amount: [120_000_000, "CNY"] },
  { who: "li", text: "商机 新建 华为 12万5", amount: [12_500_000, "CNY"] },
];
