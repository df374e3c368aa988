import type { PipelineScope } from "../../domain/pipeline/pipeline-summary.service.js";
import type { TurnContext } from "../context.js";

const MINE = ["mine", "my", "me", "我的", "我"];
const TEAM = ["team", "团队", "我们"];
const ALL = ["all", "everyone", "全部", "所有"];

/** Whether a word names a scope ("mine", "团队", "all"…). */
export function isScopeWord(word: string): boolean {
  return [...MINE, ...TEAM, ...ALL].includes(word.toLowerCase());
}

/** "mine" / "团队" / "all" → the scope asked for; nothing → the widest the actor may see (the domain checks it). */
export function scopeFor(ctx: TurnContext, word: string | undefined): PipelineScope {
  const lower = word?.toLowerCase();
  if (lower && MINE.includes(lower)) return { kind: "owner", ownerId: ctx.actor.userId };
  if (lower && TEAM.includes(lower) && ctx.actor.teamId) return { kind: "team", teamId: ctx.actor.teamId };
  if (lower && ALL.includes(lower)) return { kind: "all" };
  return ctx.domain.pipeline.defaultScope(ctx.actor);
}
