import type { TurnContext } from "../context.js";
import type { Locale, Reply } from "../types.js";
import type { HandOverResult } from "../../domain/users/hand-over.js";
import { NotFoundError } from "../../domain/shared/errors.js";
import { describeUser, type LookupScope } from "../../domain/users/user-lookup.js";
import { M } from "../i18n/messages.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { userDeclaration } from "./user.declaration.js";

const LEAVE_WORDS = ["leave", "offboard", "离职", "交接"];
const TERRITORY_WORDS: Record<string, "regions" | "industries"> = {
  region: "regions",
  regions: "regions",
  territory: "regions",
  地区: "regions",
  区域: "regions",
  industry: "industries",
  industries: "industries",
  行业: "industries",
};

export const userCommand: Command = {
  ...declared(userDeclaration),
  async run(ctx, args) {
    const [word, ...rest] = args;
    const sub = subcommandOf(word);
    if (LEAVE_WORDS.includes((word ?? "").toLowerCase())) return handOver(ctx, rest.join(" "), this.usage[ctx.locale]);
    const territory = TERRITORY_WORDS[(word ?? "").toLowerCase()];
    if (territory) return rest.length > 0 ? setTerritory(ctx, territory, rest) : [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    if (rest.length < 2) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    if (sub === "role") {
      // Names may have spaces ("Li Lei"); the role is always the last word.
      const target = await ctx.domain.users.resolveRef(lookupScope(ctx), rest.slice(0, -1).join(" "));
      const updated = await ctx.domain.users.setRole(ctx.actor, target.user.id, rest.at(-1)!.toLowerCase());
      return [{ text: M.roleChanged[ctx.locale](describeUser(updated, target.identity), updated.role) }];
    }
    if (sub === "team") {
      const { target, team } = await splitNameAndTeam(ctx, rest);
      const updated = await ctx.domain.users.setTeam(ctx.actor, target.user.id, team);
      return [{ text: M.teamChanged[ctx.locale](describeUser(updated, target.identity), team) }];
    }
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

/** A bare id typed in chat means an id on the typist's own platform and workspace. */
export function lookupScope(ctx: TurnContext): LookupScope {
  return { platform: ctx.event.channel, tenantId: ctx.event.user.tenantId ?? "" };
}

/**
 * Both the person's and the team's names may have spaces: the longest leading words that name a user
 * win. Several people of that name stop here (AmbiguousError → buttons), so nothing changes until one is picked.
 */
async function splitNameAndTeam(ctx: TurnContext, words: string[]) {
  const { target, rest } = await splitName(ctx, words, 1);
  return { target, team: rest.join(" ") };
}

/** The longest leading words that name a user, and the words after them (at least `after` of them). */
async function splitName(ctx: TurnContext, words: string[], after: number) {
  for (let split = words.length - after; split >= 1; split--) {
    try {
      const target = await ctx.domain.users.resolveRef(lookupScope(ctx), words.slice(0, split).join(" "));
      return { target, rest: words.slice(split) };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  throw new NotFoundError("user", words[0] ?? "");
}

const CLEAR = ["none", "clear", "-", "无", "清空", "没有"];

/**
 * "user region Amy East China, Shanghai" / "用户 地区 李雷 华东、广东": values split at commas (or,
 * without any, at spaces: "华东 广东"); "none"/"无" clears; the name alone shows what is set.
 */
async function setTerritory(ctx: TurnContext, kind: "regions" | "industries", words: string[]): Promise<Reply[]> {
  const { target, rest } = await splitName(ctx, words, 0);
  const line = rest.join(" ").trim();
  const who = describeUser(target.user, target.identity);
  if (!line) {
    const current = JSON.parse((target.user as { regions?: string; industries?: string })[kind] ?? "[]") as string[];
    return [{ text: M.territoryShown[ctx.locale](who, kind, current) }];
  }
  const values = CLEAR.includes(line.toLowerCase()) ? [] : line.split(/[,，、;；]/u).length > 1 ? line.split(/[,，、;；]/u) : line.split(/\s+/u);
  const updated = await ctx.domain.users.setTerritory(ctx.actor, target.user.id, kind, values);
  return [{ text: M.territoryShown[ctx.locale](who, kind, JSON.parse(updated[kind]) as string[]) }];
}

/**
 * "user leave Li Lei to Amy" / "用户 离职 李雷 交给 Amy": hands the leaver's open work to the successor
 * and deactivates the leaver; the successor, the leaver and their team's managers are told what moved.
 */
async function handOver(ctx: TurnContext, line: string, usage: string): Promise<Reply[]> {
  const parts = line.split(/\s+(?:to|→|->)\s+|\s*(?:交给|转给|移交给)\s*/iu);
  if (parts.length !== 2 || !parts[0]!.trim() || !parts[1]!.trim()) return [{ text: M.usage[ctx.locale](usage) }];
  const leaver = await ctx.domain.users.resolveRef(lookupScope(ctx), parts[0]!.trim());
  const successor = await ctx.domain.users.resolveRef(lookupScope(ctx), parts[1]!.trim());
  const result = await ctx.domain.users.handOver(ctx.actor, leaver.user.id, successor.user.id);
  const moved = (locale: Locale) => describeMoved(result.moved, locale);
  const lang = (person: { locale: string }): Locale => (person.locale === "en" ? "en" : "zh");
  const notices: [string, Reply][] = [
    [result.successor.id, { text: M.handedToYou[lang(result.successor)](result.leaver.name, moved(lang(result.successor))) }],
    [result.leaver.id, { text: M.yourWorkHandedOver[lang(result.leaver)](result.successor.name, moved(lang(result.leaver))) }],
    ...result.managers.map((m): [string, Reply] => [m.id, { text: M.handedOver[lang(m)](result.leaver.name, result.successor.name, moved(lang(m))) }]),
  ];
  for (const [userId, reply] of notices) if (userId !== ctx.actor.userId) await ctx.domain.outbox.direct(ctx.notifier, ctx.now).toUser(userId, reply);
  return [{ text: M.handedOver[ctx.locale](result.leaver.name, result.successor.name, moved(ctx.locale)) }];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function describeMoved(moved: HandOverResult["moved"], locale: Locale): string {
  const parts =
    locale === "zh"
      ? [`商机 ${moved.deals}`, `客户 ${moved.companies}`, `跟进 ${moved.followUps}`, `工单 ${moved.tickets}`, `待审批 ${moved.approvals}`]
      : [
          plural(moved.deals, "deal"),
          plural(moved.companies, "customer"),
          plural(moved.followUps, "follow-up"),
          plural(moved.tickets, "ticket"),
          plural(moved.approvals, "approval"),
        ];
  return parts.join(locale === "zh" ? "，" : ", ");
}
