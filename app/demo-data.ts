import type { Db } from "../domain/shared/db.js";
import type { Domain } from "../domain/index.js";
import type { Actor, Role } from "../domain/shared/actor.js";

const DAY = 86_400_000;

interface DemoUser {
  handle: string;
  name: string;
  role: Role;
  locale: "zh" | "en";
  timezone: string;
}

const USERS: DemoUser[] = [
  { handle: "admin", name: "Admin", role: "admin", locale: "zh", timezone: "Asia/Shanghai" },
  { handle: "wang", name: "王经理", role: "manager", locale: "zh", timezone: "Asia/Shanghai" },
  { handle: "li", name: "李雷", role: "rep", locale: "zh", timezone: "Asia/Shanghai" },
  { handle: "han", name: "韩梅梅", role: "rep", locale: "zh", timezone: "Asia/Shanghai" },
  { handle: "amy", name: "Amy Chen", role: "rep", locale: "en", timezone: "America/Los_Angeles" },
];

const COMPANIES = [
  { name: "华为技术有限公司", industry: "通信", region: "深圳", tier: "A" as const, rep: "li", contacts: [["张总", "采购总监", "13800138000"]] },
  { name: "阿里巴巴集团", industry: "互联网", region: "杭州", tier: "A" as const, rep: "han", contacts: [["王总", "CTO", "13900139000"]] },
  { name: "腾讯科技", industry: "互联网", region: "深圳", tier: "A" as const, rep: "li", contacts: [["刘经理", "IT经理", null]] },
  { name: "字节跳动", industry: "互联网", region: "北京", tier: "B" as const, rep: "han", contacts: [["陈女士", "行政主管", null]] },
  { name: "美的集团", industry: "家电", region: "佛山", tier: "B" as const, rep: "li", contacts: [["赵总", "副总裁", null]] },
  { name: "比亚迪股份有限公司", industry: "汽车", region: "深圳", tier: "A" as const, rep: "han", contacts: [["孙工", "工程师", null]] },
  { name: "Acme Corp", industry: "Manufacturing", region: "US", tier: "B" as const, rep: "amy", contacts: [["John Smith", "VP Purchasing", null]] },
  { name: "Foo Ltd", industry: "Retail", region: "UK", tier: "C" as const, rep: "amy", contacts: [["Li Lei", "Head of IT", null]] },
  { name: "Globex Corporation", industry: "Energy", region: "US", tier: "B" as const, rep: "amy", contacts: [["Hank Scorpio", "CEO", null]] },
] satisfies { name: string; industry: string; region: string; tier: "A" | "B" | "C"; rep: string; contacts: [string, string, string | null][] }[];

// [company index, stage, amount in major units, currency, days since last touch]
const DEALS: [number, string, number, string, number][] = [
  [0, "proposal", 2_000_000, "CNY", 2],
  [1, "negotiation", 1_500_000, "CNY", 9],
  [2, "qualified", 800_000, "CNY", 1],
  [3, "lead", 300_000, "CNY", 3],
  [4, "won", 1_200_000, "CNY", 5],
  [5, "lost", 600_000, "CNY", 20],
  [5, "lead", 450_000, "CNY", 12],
  [6, "proposal", 250_000, "USD", 4],
  [7, "qualified", 80_000, "USD", 1],
  [8, "negotiation", 500_000, "USD", 15],
];

/** Loads a realistic demo dataset (Chinese and English customers, deals in every stage) into an empty CRM. */
export async function seedDemoIfEmpty(db: Db, domain: Domain): Promise<boolean> {
  if ((await db.company.count()) > 0) return false;
  const now = domain.clock.now();
  const team = await db.team.upsert({ where: { name: "华东销售 East Sales" }, create: { name: "华东销售 East Sales" }, update: {} });
  const actors = new Map<string, Actor>();
  for (const u of USERS) {
    const user = await domain.users.resolveIdentity({
      platform: "local",
      platformUserId: u.handle,
      displayName: u.name,
      locale: u.locale,
      timezone: u.timezone,
    });
    await db.user.update({ where: { id: user.id }, data: { role: u.role, teamId: team.id, name: u.name } });
    actors.set(u.handle, { userId: user.id, role: u.role, teamId: team.id, channel: "local" });
  }
  const actor = (handle: string) => actors.get(handle)!;
  const companies = [];
  for (const c of COMPANIES) {
    const rep = actor(c.rep);
    const company = await domain.companies.create(rep, { name: c.name, industry: c.industry, region: c.region, tier: c.tier });
    for (const [name, title, phone] of c.contacts) {
      await domain.contacts.create(rep, { companyId: company.id, name, title, ...(phone ? { phone } : {}) });
    }
    companies.push({ company, rep });
  }
  for (const [index, stageKey, amount, currency, idleDays] of DEALS) {
    const { company, rep } = companies[index]!;
    const deal = await domain.deals.create(rep, { companyId: company.id, amountMinor: amount * 100, currency, stageKey });
    const touched = new Date(now.getTime() - idleDays * DAY);
    await db.deal.update({ where: { id: deal.id }, data: { lastActivityAt: touched } });
    await domain.activities.log(rep, {
      kind: idleDays % 2 === 0 ? "call" : "meeting",
      summary: currency === "CNY" ? `与${company.name}沟通了项目进展` : `Discussed next steps with ${company.name}`,
      occurredAt: touched,
      dealId: deal.id,
    });
    if (stageKey !== "won" && stageKey !== "lost") {
      await domain.followUps.schedule(rep, {
        title: currency === "CNY" ? `跟进${company.name}` : `Follow up with ${company.name}`,
        dueAt: new Date(now.getTime() + (idleDays > 10 ? -DAY : 2 * DAY)),
        dealId: deal.id,
      });
    }
  }
  await domain.tickets.raise(actor("li"), { companyId: companies[2]!.company.id, title: "产品无法登录", priority: "high" });
  return true;
}
