import { leadCard, leadSourceName, leadStatusName } from "../../cards/lead.card.js";
import type { Card } from "../../cards/model.js";
import type { LeadDuplicate } from "../../domain/leads/lead-duplicates.js";
import type { LeadEditField, LeadInput } from "../../domain/leads/lead.schemas.js";
import type { LeadView } from "../../domain/leads/lead.service.js";
import { InvalidInputError, PermissionDeniedError } from "../../domain/shared/errors.js";
import type { Replies, TurnContext } from "../context.js";
import { LeadM } from "../i18n/lead-messages.js";
import { M } from "../i18n/messages.js";
import { parseAmountSlot } from "../parse/amount-slot.js";
import { parseLead } from "../parse/parse-lead.js";
import { isEnglishFirstName } from "../parse/english-first-names.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { leadDeclaration } from "./lead.declaration.js";
import { lookupScope } from "./user.command.js";

const POOL = ["pool", "公海", "公共池"];
const MINE = ["mine", "my", "我的"];
const TEAM = ["team", "团队"];
const CLAIM = ["claim", "take", "领取", "认领", "领"];
const RELEASE = ["release", "return", "退回", "释放", "放回"];
const ASSIGN = ["assign", "give", "分配", "指派"];
const NOTE = ["note", "log", "跟进", "记录", "备注"];
const CONVERT = ["convert", "转化", "转客户", "转商机"];
const SOURCE = ["source", "sources", "来源", "入口"];
const STATUS: Record<string, "contacted" | "qualified" | "disqualified"> = {
  contacted: "contacted",
  已联系: "contacted",
  qualified: "qualified",
  qualify: "qualified",
  有效: "qualified",
  确认: "qualified",
  disqualify: "disqualified",
  disqualified: "disqualified",
  invalid: "disqualified",
  无效: "disqualified",
};
/** The words for a lead's fields in `lead 3 phone 139…` / `线索 3 手机 139…`. */
const FIELDS: Record<string, LeadEditField> = {
  name: "name",
  姓名: "name",
  名字: "name",
  company: "companyName",
  公司: "companyName",
  单位: "companyName",
  title: "title",
  职位: "title",
  职务: "title",
  phone: "phone",
  mobile: "phone",
  手机: "phone",
  电话: "phone",
  email: "email",
  邮箱: "email",
  wechat: "wechatId",
  微信: "wechatId",
  region: "region",
  地区: "region",
  区域: "region",
  城市: "region",
  industry: "industry",
  行业: "industry",
};
const EDIT = ["edit", "set", "change", "修改", "改", "编辑"];
const CLEAR = ["none", "clear", "-", "无", "清空"];
/** Pending "create anyway" choices live this long. */
export const LEAD_PENDING = "lead-create";

/** `lead` / `线索`: new leads from what reps type, the pool, claiming, assigning, working and converting leads, and their sources. */
export const leadCommand: Command = {
  ...declared(leadDeclaration),
  // "lead new …", "lead 3", "lead pool", "线索 领取 3" — not "Lead at Initech wants a demo next week".
  accepts(args) {
    if (args.length === 0) return true;
    const w = args[0]!.toLowerCase();
    return (
      /^#?\d+$/.test(w) ||
      subcommandOf(w) !== null ||
      [...POOL, ...MINE, ...TEAM, ...CLAIM, ...RELEASE, ...ASSIGN, ...NOTE, ...CONVERT, ...SOURCE, ...EDIT].includes(w) ||
      STATUS[w] !== undefined
    );
  },
  async run(ctx, args) {
    const [word = "", ...rest] = args;
    const lower = word.toLowerCase();
    const usage = [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    try {
      if (subcommandOf(word) === "new") return rest.length > 0 ? newLead(ctx, rest.join(" ")) : usage;
      if (args.length === 0) return listLeads(ctx, null);
      if (subcommandOf(word) === "list") return listLeads(ctx, rest[0]?.toLowerCase() ?? null);
      if ([...POOL, ...MINE, ...TEAM].includes(lower) && args.length === 1) return listLeads(ctx, lower);
      if (SOURCE.includes(lower)) return sources(ctx, rest);
      if (/^#?\d+$/.test(word) && args.length === 1) return showLead(ctx, word);
      // "lead 3 phone 139…", "lead edit 3 phone 139…", "线索 3 公司 京东"
      const editAt = EDIT.includes(lower) ? 1 : /^#?\d+$/.test(word) ? 0 : -1;
      if (editAt >= 0 && args[editAt] && /^#?\d+$/.test(args[editAt]!) && FIELDS[(args[editAt + 1] ?? "").toLowerCase()]) {
        const value = args
          .slice(editAt + 2)
          .join(" ")
          .trim();
        // No value is a question, not "clear it": only none/无 clears.
        if (!value) return usage;
        return editLead(ctx, args[editAt]!, FIELDS[args[editAt + 1]!.toLowerCase()]!, CLEAR.includes(value.toLowerCase()) ? "" : value);
      }
      if (subcommandOf(word) === "show" && rest[0]) return showLead(ctx, rest[0]);
      const ref = rest[0];
      if (!ref || !/^#?\d+$/.test(ref)) return usage;
      const lead = await ctx.domain.leads.get(ctx.actor, ref);
      if (CLAIM.includes(lower)) return claim(ctx, lead.id);
      if (RELEASE.includes(lower)) return [{ text: LeadM.released[ctx.locale]((await ctx.domain.leads.release(ctx.actor, lead.id)).number) }];
      if (ASSIGN.includes(lower) && rest.length >= 2) {
        const { user } = await ctx.domain.users.resolveRef(lookupScope(ctx), rest.slice(1).join(" "));
        const done = await ctx.domain.leads.assign(ctx.actor, lead.id, user.id);
        return [{ text: LeadM.assigned[ctx.locale](done.number, user.name) }];
      }
      if (NOTE.includes(lower) && rest.length >= 2) {
        const done = await ctx.domain.leads.touch(ctx.actor, lead.id, rest.slice(1).join(" "));
        return [{ text: LeadM.noted[ctx.locale](done.number, done.score) }];
      }
      if (STATUS[lower]) {
        const status = STATUS[lower]!;
        const reason = rest.slice(1).join(" ");
        if (status === "disqualified" && !reason) return [{ text: LeadM.reasonNeeded[ctx.locale]() }];
        const done = await ctx.domain.leads.setStatus(ctx.actor, lead.id, status, reason || undefined);
        return [{ text: LeadM.status[ctx.locale](done.number, leadStatusName(done.status, ctx.locale)) }];
      }
      if (CONVERT.includes(lower)) return convert(ctx, lead.id, rest.slice(1).join(""));
      return usage;
    } catch (error) {
      return leadErrorReply(ctx, error);
    }
  },
};

/** The lead errors a user can act on, in words; anything else goes to the general error reply. */
export function leadErrorReply(ctx: TurnContext, error: unknown): Replies {
  if (error instanceof InvalidInputError) {
    const n = error.reason;
    if (error.field === "lead-taken") return Promise.resolve([{ text: LeadM.taken[ctx.locale](n) }]);
    if (error.field === "claim-cap") return Promise.resolve([{ text: LeadM.cap[ctx.locale](n) }]);
    if (error.field === "lead-closed" || error.field === "lead-converted") return Promise.resolve([{ text: LeadM.closed[ctx.locale](n) }]);
    if (error.field === "lead-changed") return Promise.resolve([{ text: LeadM.changed[ctx.locale](n) }]);
    if (error.field === "lead-no-company") return Promise.resolve([{ text: LeadM.noCompany[ctx.locale](n) }]);
    if (error.field === "lead-no-pool") return Promise.resolve([{ text: LeadM.noPool[ctx.locale](n) }]);
  }
  throw error;
}

const HEADED_NAME =
  /^\s*(?:(?:new\s+(?:lead|prospect)|新线索|新客户)\s*[:：\-–—]\s*)?(?!(?:called|met|spoke|talked|emailed|visited|got|had|saw|from|at|with|via|cold)\b)((?:[\p{L}\p{N}&'’-]+)(?:[ ][\p{L}\p{N}&'’-]+){0,3})\s*(?:[,，.。;；\n]|$)/iu;

async function newLead(ctx: TurnContext, text: string): Replies {
  const mentions = await ctx.domain.companies.mentionedIn(text);
  const spans = new Map(mentions.filter((m) => m.strong).map((m) => [text.slice(m.start, m.end), m.name]));
  const campaigns = (await ctx.domain.campaigns.list()).map((c) => c.name);
  const parsed = parseLead(text, { companies: [...spans.keys()], campaigns });
  // "new lead: Hooli, intro call next tues 2pm", "新线索：网易，刚加了微信": with no person read, the name right after the
  // words is the company (before whatever else the pieces were read as)
  const first = HEADED_NAME.exec(text)?.[1]?.trim() ?? null;
  // ("Hooli" alone reads as a person's name: a first piece that is no known given name and no 王总 is the company)
  const personLike = (p: string) => isEnglishFirstName(p.split(/\s+/u)[0]!) || /[总工]$|经理|先生|女士|老师/u.test(p);
  // ("lead new hmm": one lower-case word and nothing said about it is no company)
  const named = first !== null && (/^[\p{Lu}\p{Script=Han}]/u.test(first) || text.trim().length > first.length + 2);
  const headed =
    first && named && !/了|过/u.test(first) && (parsed.name === null || (parsed.name === first && !parsed.companyName && !personLike(first))) ? first : null;
  const found = headed ?? parsed.companyName;
  // "new lead: Orbital Labs, called their CTO": a company with no person named yet is the lead, under its title if given
  const companyName = found ? (spans.get(found) ?? found) : null;
  const person = headed && parsed.name === headed ? null : parsed.name;
  const name = person ?? (companyName ? [companyName, parsed.title].filter(Boolean).join(" ") : null);
  if (!name || !(parsed.phone || parsed.email || parsed.wechatId || companyName)) return [{ text: LeadM.notUnderstood[ctx.locale]() }];
  const input: LeadInput = {
    name,
    ...(companyName ? { companyName } : {}),
    ...(parsed.title ? { title: parsed.title } : {}),
    ...(parsed.phone ? { phone: parsed.phone } : {}),
    ...(parsed.email ? { email: parsed.email } : {}),
    ...(parsed.wechatId ? { wechatId: parsed.wechatId } : {}),
    ...(parsed.region ? { region: parsed.region } : {}),
    ...(parsed.industry ? { industry: parsed.industry } : {}),
    source: parsed.source,
    ...(parsed.campaign ? { campaign: parsed.campaign } : {}),
    notes: parsed.notes,
  };
  // "放公海", "into the pool" — not "Whirlpool" or "Pool Supplies Inc".
  const toPool = /公海|公共池/u.test(text) || /\b(?:into|to|in) the pool\b|^pool\b|[,，]\s*pool\s*$/iu.test(text);
  return createLead(ctx, input, toPool, "ask");
}

/** Creates (or, with "ask", first checks for duplicates and offers "Create anyway"). */
export async function createLead(ctx: TurnContext, input: LeadInput, toPool: boolean, onDuplicate: "ask" | "create"): Replies {
  const result = await ctx.domain.leads.create(ctx.actor, input, toPool ? { owner: "pool" } : { owner: "me" }, onDuplicate);
  if (result.kind === "duplicates") {
    const pendingId = await ctx.domain.pending.create(ctx.actor.userId, LEAD_PENDING, { input: ctx.domain.leads.sealDraft(input), toPool });
    const list = result.duplicates.map((d) => `• ${duplicateLine(d, ctx)}`).join("\n");
    const card: Card = {
      title: LeadM.duplicates[ctx.locale](list).split("\n")[0]!,
      blocks: [
        { type: "text", text: LeadM.duplicates[ctx.locale](list).split("\n").slice(1).join("\n") },
        {
          type: "actions",
          buttons: [
            // Adding to a lead it duplicates fills in what that lead lacked and keeps one record.
            ...result.duplicates
              .filter((d) => d.kind === "lead" && visibleTo(ctx, d))
              .slice(0, 3)
              .map((d) => ({ label: LeadM.addTo[ctx.locale](d.number!), actionId: "lead.merge", value: `${pendingId}:${d.id}` })),
            { label: LeadM.createAnyway[ctx.locale](), actionId: "lead.create", value: pendingId, style: "primary" as const },
          ],
        },
      ],
    };
    return onlyForAsker(ctx, [{ card }]);
  }
  if (result.kind !== "created") return onlyForAsker(ctx, [{ card: cardOf(ctx, result.lead) }]);
  const owner = result.lead.ownerId ? LeadM.yours[ctx.locale]() : LeadM.inPool[ctx.locale]();
  return onlyForAsker(ctx, [{ text: LeadM.created[ctx.locale](result.lead.number, result.lead.name, owner) }, { card: cardOf(ctx, result.lead) }]);
}

/** "Add to #3" pressed after duplicates: the typed lead goes into that one. */
export async function mergeLead(ctx: TurnContext, pendingId: string, leadId: string): Replies {
  // Refused before the choice is spent: "Create anyway" still works after a refusal.
  const target = await ctx.domain.leads.get(ctx.actor, (await ctx.domain.leads.numberOf(leadId)) ?? 0).catch(() => null);
  if (!target || !ctx.domain.leads.mayChange(ctx.actor, target)) throw new PermissionDeniedError("change", "lead", leadId);
  const pending = await ctx.domain.pending.take<{ input: LeadInput; toPool: boolean }>(ctx.actor.userId, pendingId);
  if (!pending || pending.kind !== LEAD_PENDING) return [{ text: LeadM.expired[ctx.locale]() }];
  try {
    const lead = await ctx.domain.leads.mergeInto(ctx.actor, leadId, ctx.domain.leads.openDraft(pending.payload.input));
    return onlyForAsker(ctx, [{ text: LeadM.merged[ctx.locale](lead.number) }, { card: cardOf(ctx, lead) }]);
  } catch (error) {
    return leadErrorReply(ctx, error);
  }
}

/** Another team's record is named as such, without its details: a duplicate check is no way to look people up. */
const visibleTo = (ctx: TurnContext, d: LeadDuplicate) => ctx.actor.role === "admin" || d.teamId === null || d.teamId === ctx.actor.teamId;

function duplicateLine(d: LeadDuplicate, ctx: TurnContext): string {
  const label = visibleTo(ctx, d) ? d.label : LeadM.otherTeam[ctx.locale]();
  return `${LeadM.kinds[ctx.locale](d.kind)} ${label} · ${LeadM.duplicateBy[ctx.locale](d.by)}`;
}

const cardOf = (ctx: TurnContext, lead: LeadView) => leadCard(lead, { locale: ctx.locale, timeZone: ctx.timezone, viewerId: ctx.actor.userId });

/** A corrected field: the card again with the new value, the old one named. */
async function editLead(ctx: TurnContext, ref: string, field: LeadEditField, value: string): Replies {
  const before = await ctx.domain.leads.get(ctx.actor, ref);
  if (field === "name" && !value.trim()) return [{ text: M.usage[ctx.locale](leadCommand.usage[ctx.locale]) }];
  // The same value again changes nothing and is not audited.
  if ((before[field] ?? "") === value.trim()) return onlyForAsker(ctx, [{ card: cardOf(ctx, before) }]);
  try {
    const after = await ctx.domain.leads.edit(ctx.actor, before.id, field, value);
    const label = LeadM.fieldNames[ctx.locale](field);
    return onlyForAsker(ctx, [{ text: LeadM.edited[ctx.locale](after.number, label, before[field] ?? "", after[field] ?? "") }, { card: cardOf(ctx, after) }]);
  } catch (error) {
    if (error instanceof InvalidInputError && error.field === "input")
      return [{ text: LeadM.badValue[ctx.locale](LeadM.fieldNames[ctx.locale](field), value) }];
    return leadErrorReply(ctx, error);
  }
}

async function showLead(ctx: TurnContext, ref: string): Replies {
  return onlyForAsker(ctx, [{ card: cardOf(ctx, await ctx.domain.leads.get(ctx.actor, ref)) }]);
}

async function listLeads(ctx: TurnContext, word: string | null): Replies {
  const scopes: ("pool" | "mine" | "team")[] =
    word && POOL.includes(word) ? ["pool"] : word && TEAM.includes(word) ? ["team"] : word && MINE.includes(word) ? ["mine"] : ["mine", "pool"];
  const replies = [];
  for (const scope of scopes) {
    const { total, leads } = await ctx.domain.leads.list(ctx.actor, scope);
    const name = LeadM.scopeNames[ctx.locale](scope);
    if (total === 0) {
      replies.push({ text: LeadM.none[ctx.locale](name) });
      continue;
    }
    const lines = leads.map(
      (l) =>
        `#${l.number} ${l.name}${l.companyName ? ` · ${l.companyName}` : ""} · ${leadSourceName(l.source, ctx.locale)} · ${ctx.locale === "zh" ? "评分" : "score"} ${l.score}` +
        (scope === "team" && l.ownerName ? ` · ${l.ownerName}` : ""),
    );
    if (total > leads.length) lines.push(LeadM.more[ctx.locale](total - leads.length));
    const buttons =
      scope === "pool"
        ? leads.slice(0, 5).map((l) => ({ label: `${ctx.locale === "zh" ? "领取" : "Claim"} #${l.number}`, actionId: "lead.claim", value: l.id }))
        : [];
    replies.push({
      card: {
        title: LeadM.listTitle[ctx.locale](name, total),
        blocks: [{ type: "text" as const, text: lines.join("\n") }, ...(buttons.length > 0 ? [{ type: "actions" as const, buttons }] : [])],
      },
    });
  }
  return onlyForAsker(ctx, replies);
}

export async function claim(ctx: TurnContext, leadId: string): Replies {
  try {
    const lead = await ctx.domain.leads.claim(ctx.actor, leadId);
    return onlyForAsker(ctx, [{ text: LeadM.claimed[ctx.locale](lead.number, lead.name) }, { card: cardOf(ctx, lead) }]);
  } catch (error) {
    return leadErrorReply(ctx, error);
  }
}

export async function convert(ctx: TurnContext, leadId: string, amountText: string): Replies {
  try {
    const amount = amountText ? parseAmountSlot(amountText, ctx.locale === "zh" ? "CNY" : "USD") : null;
    if (amountText && !amount) return [{ text: M.usage[ctx.locale](leadCommand.usage[ctx.locale]) }];
    const done = await ctx.domain.leadConversion.convert(ctx.actor, leadId, amount ? { amountMinor: amount.minor, currency: amount.currency } : {});
    return [
      {
        text: LeadM.converted[ctx.locale](done.lead.number, done.company.name, done.company.existed, done.contact.name, done.contact.existed, done.deal.number),
      },
    ];
  } catch (error) {
    return leadErrorReply(ctx, error);
  }
}

async function sources(ctx: TurnContext, words: string[]): Replies {
  const [word = "", ...rest] = words;
  if (subcommandOf(word) === "new" && rest.length > 0) {
    const teamWord = rest.length > 1 ? rest.at(-1)! : null;
    const team = teamWord ? await ctx.domain.targets.teamNamed(teamWord) : null;
    const name = (team ? rest.slice(0, -1) : rest).join(" ");
    const made = await ctx.domain.leadSources.create(ctx.actor, { name, teamId: team?.id ?? ctx.actor.teamId });
    // The token is a secret: only the admin who made it sees it.
    return onlyForAsker(ctx, [{ text: LeadM.sourceCreated[ctx.locale](made.name, made.token) }]);
  }
  if (["disable", "停用", "enable", "启用"].includes(word.toLowerCase()) && rest.length > 0) {
    const on = ["enable", "启用"].includes(word.toLowerCase());
    const done = await ctx.domain.leadSources.setEnabled(ctx.actor, rest.join(" "), on);
    return [{ text: LeadM.sourceSwitched[ctx.locale](done.name, on) }];
  }
  const list = await ctx.domain.leadSources.list();
  if (list.length === 0) return [{ text: LeadM.noSources[ctx.locale]() }];
  const off = ctx.locale === "zh" ? "（已停用）" : " (disabled)";
  return [{ text: LeadM.sources[ctx.locale](list.map((s) => `• ${s.name}${s.enabled ? "" : off}`).join("\n")) }];
}
