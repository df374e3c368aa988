import { industryOfPiece, regionOfPiece } from "../leads/territory.js";
import { type LeadSourceKind, leadInputSchema } from "../leads/lead.schemas.js";
import { withoutContactDetails } from "../leads/lead.service.js";
import type { Actor } from "../shared/actor.js";
import type { ImportProblem } from "./import-row.js";
import type { LeadImportContext } from "./lead-import-context.js";
import { type LeadImportRow, leadImportRowSchema } from "./lead-import-row.js";

/** The pool, named in an owner cell. */
const POOL = new Set(["公海", "线索池", "pool", "leadpool", "-"]);
/** The importer, named in an owner cell. */
const SELF = new Set(["我", "本人", "自己", "me", "myself"]);
/** A day a few hours ahead of UTC is still today somewhere: only a date past tomorrow is in the future. */
const FUTURE_SLACK_MS = 36 * 3_600_000;

/** A row ready to write: the lead's fields as the lead service stores them, and where it goes. */
export interface CheckedLead {
  name: string;
  companyName: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  wechatId: string | null;
  region: string | null;
  industry: string | null;
  source: LeadSourceKind;
  campaignId: string | null;
  notes: string | null;
  ownerId: string | null;
  teamId: string | null;
  /** The sheet's date, else null (now). */
  createdAt: Date | null;
  unknownSource?: string;
  unknownCampaign?: string;
}

/**
 * A province or city as chat reads one ("浙江省" → 浙江, "Shenzhen" → 深圳, 华东 stays), any other
 * label as typed ("West Coast"): lead-assign matches both to the reps' territories.
 */
export function regionOfCell(value: string): string {
  return regionOfPiece(value) ?? value.trim().slice(0, 100);
}

/** An industry as chat reads a labelled one ("行业：制造"): a Chinese value up to its first space, a Latin one whole. */
export function industryOfCell(value: string): string {
  return industryOfPiece(`行业：${value}`) ?? value.trim().slice(0, 100);
}

const FIELD_OF_INPUT: Record<string, keyof LeadImportRow> = { name: "name", companyName: "company", wechatId: "wechat", notes: "note" };

/**
 * Validates a row with the lead's own schema (name, phone, email, WeChat, lengths), resolves its
 * owner within the importer's scope (a rep: themselves or the pool; a manager: their team; an
 * admin: anyone), its campaign and date. Owner: the named user, else the importer's team pool,
 * else (an importer of no team) the importer, privately, as a lead typed in chat would be.
 */
export function checkLeadRow(
  actor: Actor,
  raw: unknown,
  ctx: LeadImportContext,
  now: Date,
): { ok: true; lead: CheckedLead } | { ok: false; problem: ImportProblem } {
  const parsed = leadImportRowSchema.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]!.path[0] ?? "name");
    return { ok: false, problem: { code: "invalid", field, value: String((raw as Record<string, unknown>)?.[field] ?? "") } };
  }
  const row = parsed.data;
  if (!row.name) return { ok: false, problem: { code: "invalid", field: "name", value: "" } };
  const input = leadInputSchema.safeParse({
    name: row.name,
    companyName: row.company,
    title: row.title,
    phone: row.phone,
    email: row.email,
    wechatId: row.wechat,
    region: row.region ? regionOfCell(row.region) : undefined,
    industry: row.industry ? industryOfCell(row.industry) : undefined,
    source: row.source ?? "import",
  });
  if (!input.success) {
    const issue = input.error.issues[0]!;
    const path = String(issue.path[0] ?? "name");
    // The refinement: nothing to reach the person by, and no company to find them at.
    if (issue.code === "custom") return { ok: false, problem: { code: "no-reach", value: row.name } };
    const field = FIELD_OF_INPUT[path] ?? (path as keyof LeadImportRow);
    return { ok: false, problem: { code: "invalid", field, value: String(row[field] ?? "") } };
  }
  const lead = input.data;
  let createdAt: Date | null = null;
  if (row.date) {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(row.date);
    // Noon UTC is the same calendar day from UTC−11 to UTC+11 (China: 20:00), whatever the reader's zone.
    const at = day ? new Date(`${row.date}T12:00:00Z`) : null;
    if (!at || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== row.date || at.getTime() > now.getTime() + FUTURE_SLACK_MS)
      return { ok: false, problem: { code: "invalid", field: "date", value: row.date } };
    createdAt = at;
  }
  let ownerId: string | null = null;
  let teamId: string | null = actor.teamId;
  if (row.owner && SELF.has(row.owner.toLowerCase())) ownerId = actor.userId;
  else if (row.owner && !POOL.has(row.owner.toLowerCase())) {
    const owner = ctx.users.get(row.owner.toLowerCase());
    if (!owner) return { ok: false, problem: { code: "unknown-owner", value: row.owner } };
    const may = actor.role === "admin" || owner.id === actor.userId || (actor.role === "manager" && actor.teamId !== null && owner.teamId === actor.teamId);
    if (!may) return { ok: false, problem: { code: "not-assignable", value: owner.name } };
    ownerId = owner.id;
    teamId = owner.teamId;
  } else if (actor.teamId === null) {
    // No team, no pool: the lead is the importer's own (a lead of no team is its owner's alone).
    ownerId = actor.userId;
  }
  // The source cell may name a campaign ("双11展会"); a campaign cell names one by itself.
  const byLabel = row.sourceLabel ? ctx.campaigns.get(row.sourceLabel.toLowerCase()) : undefined;
  const named = row.campaign ? ctx.campaigns.get(row.campaign.toLowerCase()) : undefined;
  const campaign = named ?? byLabel ?? null;
  // Words of no kind and no campaign: the text goes in the note, the source is "other".
  const unknownSource = row.sourceLabel && !byLabel && !row.source ? row.sourceLabel : undefined;
  const unknownCampaign = row.campaign && !named ? row.campaign : undefined;
  const label = (zh: string, en: string, value: string) => `${/\p{Script=Han}/u.test(value) ? zh : en}: ${value}`;
  // A note is stored (and audited) as plain text: phones, emails and WeChat ids typed in any of its parts are taken out.
  const notes = [
    row.note ?? null,
    unknownSource ? label("来源", "Source", unknownSource) : null,
    unknownCampaign ? label("活动", "Campaign", unknownCampaign) : null,
  ]
    .filter(Boolean)
    .map((n) => withoutContactDetails(n!));
  return {
    ok: true,
    lead: {
      name: lead.name,
      companyName: lead.companyName ?? null,
      title: lead.title ?? null,
      phone: lead.phone ?? null,
      email: lead.email ?? null,
      wechatId: lead.wechatId ?? null,
      region: lead.region ?? null,
      industry: lead.industry ?? null,
      // A source cell of words the CRM does not know is "other" (its text is in the note); no source column: "import".
      source: row.source ?? (unknownSource ? "other" : "import"),
      campaignId: campaign?.id ?? null,
      notes: notes.length > 0 ? notes.join("\n") : null,
      ownerId,
      teamId,
      createdAt,
      ...(unknownSource ? { unknownSource } : {}),
      ...(unknownCampaign ? { unknownCampaign } : {}),
    },
  };
}
