import type { Actor, Role } from "../domain/shared/actor.js";
import type { BotResponse } from "../bot/types.js";
import { AMY, buttons, createHarnessWithPeople, type Harness, LI, type Person, userRow } from "./bot-harness.js";

/**
 * A CRM with customers whose names overlap on purpose (Acme / Acme Robotics / Acme Robotics Asia),
 * Chinese names with and without legal suffixes, and contacts at several of them.
 */
export const COMPANIES = [
  "华为技术有限公司",
  "腾讯",
  "阿里巴巴集团",
  "小米科技",
  "比亚迪股份有限公司",
  "美的集团",
  "字节跳动",
  "中国银行",
  "Acme",
  "Acme Robotics",
  "Acme Robotics Asia",
  "Globex Corporation",
  "Initrode Inc",
  "Umbrella Corp",
  "Stark Industries",
  "Wayne Enterprises",
  "杭州海康威视",
  "北京银行",
] as const;

export const CONTACTS: { company: string; name: string; title?: string }[] = [
  { company: "华为技术有限公司", name: "张伟", title: "采购总监" },
  { company: "华为技术有限公司", name: "王建国", title: "工程师" },
  { company: "腾讯", name: "马化腾", title: "CEO" },
  { company: "小米科技", name: "李娟" },
  { company: "小米科技", name: "李明" },
  { company: "Acme Robotics", name: "Bob Smith", title: "CTO" },
  { company: "Acme Robotics", name: "David Lee", title: "VP Sales" },
  { company: "Globex Corporation", name: "Hank Scorpio", title: "CEO" },
  { company: "Stark Industries", name: "Pepper Potts" },
  { company: "Stark Industries", name: "Pepper Jones" },
];

export async function createTargetsHarness(): Promise<Harness> {
  const h = await createHarnessWithPeople();
  const li = await userRow(h, LI.platformUserId);
  const actor: Actor = { userId: li.id, role: li.role as Role, teamId: li.teamId, channel: "test" };
  const ids = new Map<string, string>();
  for (const name of COMPANIES) ids.set(name, (await h.domain.companies.create(actor, { name })).id);
  for (const c of CONTACTS) {
    await h.domain.contacts.create(actor, { companyId: ids.get(c.company)!, name: c.name, ...(c.title ? { title: c.title } : {}) });
  }
  return h;
}

export const lastActivity = (h: Harness) => h.t.db.activity.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true, contact: true } });

export const who = (text: string): Person => (/\p{Script=Han}/u.test(text) ? LI : AMY);

export const buttonLabels = (r: BotResponse) => buttons(r).map((b) => b.label);
