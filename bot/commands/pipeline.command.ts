import { pipelineCard } from "../../cards/pipeline.card.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { scopeFor } from "./scope-words.js";
import { pipelineDeclaration } from "./pipeline.declaration.js";

export const pipelineCommand: Command = {
  ...declared(pipelineDeclaration),
  async run(ctx, args) {
    const scope = scopeFor(ctx, args[0]?.toLowerCase());
    const summary = await ctx.domain.pipeline.summarize(ctx.actor, scope);
    return [{ card: pipelineCard(summary, { locale: ctx.locale }) }];
  },
};
