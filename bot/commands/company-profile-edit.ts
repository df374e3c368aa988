import { companyCard } from "../../cards/company.card.js";
import type { CompanyProfilePatch, CompanyStatus } from "../../domain/companies/company.schemas.js";
import { canView } from "../../domain/users/permissions.js";
import type { TurnContext } from "../context.js";
import { CompanyM } from "../i18n/company-messages.js";
import type { Reply } from "../types.js";
import { splitAtPhrase } from "./split-at-phrase.js";

/** "<company> <field word> <value>": which field the word names and how its value becomes a patch. */
const FIELDS: { pattern: RegExp; patch: (value: string) => CompanyProfilePatch | null }[] = [
  { pattern: /\s+(?:tier|level|grade|等级|级别|分级)\s*[:：]?\s*/iu, patch: (v) => tierPatch(v) },
  { pattern: /\s+(?:status|lifecycle)\s*[:：]?\s*|\s*(?:状态|客户状态)(?:改为|改成|设为)?\s*[:：]?\s*/iu, patch: (v) => statusPatch(v) },
  { pattern: /\s+(?:rename(?:d)?(?:\s+to)?|name)\s*[:：]?\s+|\s*(?:改名|更名|名称)(?:为|成)?\s*[:：]?\s*/iu, patch: (v) => ({ name: v }) },
  {
    pattern: /\s+(?:unalias|remove\s+alias(?:es)?)\s*[:：]?\s*|\s*(?:去掉别名|删除别名|移除别名)\s*[:：]?\s*/iu,
    patch: (v) => ({ removeAliases: nameList(v) }),
  },
  {
    pattern: /\s+(?:alias(?:es)?|aka|also\s+called|also\s+known\s+as)\s*[:：]?\s*|\s*(?:别名|又叫|也叫|简称|英文名|中文名)\s*[:：]?\s*/iu,
    patch: (v) => ({ addAliases: nameList(v) }),
  },
  { pattern: /\s+(?:industry|行业)\s*[:：]?\s*/iu, patch: (v) => ({ industry: clearable(v) }) },
  { pattern: /\s+(?:region|area|地区|区域)\s*[:：]?\s*/iu, patch: (v) => ({ region: clearable(v) }) },
  { pattern: /\s+(?:untag|remove\s+tag|去掉标签|删除标签|移除标签)\s*[:：]?\s*/iu, patch: (v) => ({ removeTags: tagList(v) }) },
  { pattern: /\s+(?:tags?|标签)\s*[:：]?\s*/iu, patch: (v) => ({ addTags: tagList(v) }) },
];

export interface ProfileEdit {
  company: string;
  patch: CompanyProfilePatch;
}

/** "Acme tier A", "华为 行业 制造业", "华为 标签 VIP, 重点" → the edit; null when no field word splits the line. */
export function splitProfileEdit(line: string): ProfileEdit | null {
  return splitAtPhrase(line, FIELDS, ({ patch }, company, value) => {
    const built = patch(value);
    return built ? { company, patch: built } : null;
  });
}

export function tierPatch(value: string): CompanyProfilePatch | null {
  const tier = /^([abc])(?:\s*(?:类|级|档))?(?:客户)?$/iu.exec(value.trim())?.[1];
  return tier ? { tier: tier.toUpperCase() as "A" | "B" | "C" } : null;
}

const STATUS_WORDS: Record<string, CompanyStatus> = {
  prospect: "prospect",
  lead: "prospect",
  潜在: "prospect",
  潜在客户: "prospect",
  意向客户: "prospect",
  customer: "customer",
  client: "customer",
  active: "customer",
  成交客户: "customer",
  正式客户: "customer",
  已成交: "customer",
  "at-risk": "at-risk",
  "at risk": "at-risk",
  risk: "at-risk",
  风险: "at-risk",
  有风险: "at-risk",
  风险客户: "at-risk",
  预警: "at-risk",
  churned: "churned",
  churn: "churned",
  流失: "churned",
  已流失: "churned",
  流失客户: "churned",
  lost: "lost",
  丢失: "lost",
  已丢失: "lost",
  丢单: "lost",
};

/** "churned", "at risk", "流失", "风险客户" → the status; null for a word that names none (the line is then something else). */
export function statusPatch(value: string): CompanyProfilePatch | null {
  const status = STATUS_WORDS[value.trim().toLowerCase().replace(/\s+/gu, " ")];
  return status ? { status } : null;
}

/** Names are split on commas only: an English alias may have spaces ("Huawei Technologies"). */
function nameList(value: string): string[] {
  return value
    .split(/[,，、;；]/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** "-" or "none" / "无" clears the field. */
function clearable(value: string): string | null {
  return /^(?:-|none|clear|无|清空)$/iu.test(value) ? null : value;
}

function tagList(value: string): string[] {
  return value
    .split(/[,，、;；]|\s+/u)
    .map((t) => t.replace(/^#/, "").trim())
    .filter((t) => t.length > 0);
}

/** Applies the edit to the customer (found by name) and answers with its card. */
export async function applyProfileEdit(ctx: TurnContext, edit: ProfileEdit): Promise<Reply[]> {
  const company = await ctx.domain.companies.findByName(edit.company);
  const updated = await ctx.domain.companies.updateProfile(ctx.actor, company.id, edit.patch);
  const overview = await ctx.domain.companies.overview(updated.id);
  // Another team's deal with a shared customer stays theirs (as on "company show").
  const deals = overview.deals.filter((d) => canView(ctx.actor, { ownerId: d.ownerId, ownerTeamId: d.teamId }));
  return [
    { text: CompanyM.profileUpdated[ctx.locale](updated.name) },
    { card: companyCard({ ...overview, deals }, { locale: ctx.locale, timeZone: ctx.timezone }) },
  ];
}
