import { pipelineCard } from "../../cards/pipeline.card.js";
import type { PipelineScope } from "../../domain/pipeline/pipeline-summary.service.js";
import type { TurnContext } from "../context.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { pipelineDeclaration } from "./pipeline.declaration.js";

const MINE = ["mine", "my", "me", "我的", "我"];
const TEAM = ["team", "团队", "我们"];
const ALL = ["all", "everyone", "全部", "所有"];

export const pipelineCommand: Command = {
  ...declared(pipelineDeclaration),
  async run(ctx, args) {
    const scope = scopeFor(ctx, args[0]?.toLowerCase());
    const summary = await ctx.domain.pipeline.summarize(ctx.actor, scope);
    return [{ card: pipelineCard(summary, { locale: ctx.locale }) }];
  },
};

function scopeFor(ctx: TurnContext, word: string | undefined): PipelineScope {
  if (word && MINE.includes(word)) return { kind: "owner", ownerId: ctx.actor.userId };
  if (word && TEAM.includes(word) && ctx.actor.teamId) return { kind: "team", teamId: ctx.actor.teamId };
  if (word && ALL.includes(word)) return { kind: "all" };
  return ctx.domain.pipeline.defaultScope(ctx.actor);
}
