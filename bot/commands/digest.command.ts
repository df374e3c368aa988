import { digestCard } from "../../cards/digest.card.js";
import { inferActivity } from "../parse/infer-activity.js";
import { AM } from "../i18n/automation-messages.js";
import type { Reply } from "../types.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { digestDeclaration } from "./digest.declaration.js";

const ALL = ["all", "everyone", "全部", "所有"];
/** Words that mean "my team's" (as in `pipeline team`). */
const OWN = ["team", "mine", "my", "my team", "团队", "我的", "我们", "本团队", "我的团队"];

/** `digest [team|all]` / `简报 [团队|全部]`: today's pipeline digest now, as the morning job would send it. */
export const digestCommand: Command = {
  ...declared(digestDeclaration),
  // "日报 1.电话回访华为，客户反馈良好": a rep's daily report opened with the word, not a team's name to look up
  accepts(args) {
    const typed = args.join(" ").trim();
    return typed.length <= 24 && !/[，,。；;：:、!！?？]|\d[.、)]/u.test(typed) && inferActivity(typed) === null;
  },
  async run(ctx, args) {
    const typed = args.join(" ").trim();
    const arg = OWN.includes(typed.toLowerCase()) ? "" : typed;
    const admin = ctx.actor.role === "admin";
    // "all" from someone who may only read their own team: their team's, and a word on why.
    const all = ALL.includes(arg.toLowerCase());
    const ownInstead = all && !admin;
    if ((!arg || ownInstead) && !ctx.actor.teamId && !admin) return [{ text: AM.digestNoTeam[ctx.locale]() }];
    const { digests, more } = await ctx.domain.digests.onDemand(ctx.actor, all && admin ? { all } : { team: ownInstead ? undefined : arg || undefined });
    if (digests.length === 0) return [{ text: AM.noTeams[ctx.locale]() }];
    const replies: Reply[] = [];
    for (const { team, digest } of digests) {
      const receivables = await ctx.domain.contracts.teamReceivables(team.id, ctx.now);
      const data = { ...digest, teamName: team.name, receivables };
      replies.push({ card: digestCard(data, { locale: ctx.locale, timeZone: ctx.timezone, now: ctx.now, weekly: false, snooze: false }) });
    }
    if (more.length > 0) replies.push({ text: AM.digestMore[ctx.locale](more) });
    if (ownInstead) replies.unshift({ text: AM.digestOwnTeamOnly[ctx.locale]() });
    return replies;
  },
};
