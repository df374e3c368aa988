import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { helpDeclaration } from "./help.declaration.js";
import { helpText } from "./help-text.js";

/**
 * "help" lists every command, itself included, so it is given the list instead of importing the
 * registry (which imports it). The list is read when help is asked for, after the registry is built.
 */
export function helpCommandOver(commands: () => readonly Command[]): Command {
  return {
    ...declared(helpDeclaration),
    async run(ctx) {
      return [
        {
          text: helpText(
            commands().map((c) => c.declaration),
            ctx.locale,
            await ctx.domain.stages.list(),
          ),
        },
      ];
    },
  };
}
