import { runLogFlow } from "../flows/log-sentence.flow.js";
import { M } from "../i18n/messages.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { logDeclaration } from "./log.declaration.js";

export const logCommand: Command = {
  ...declared(logDeclaration),
  async run(ctx, args) {
    const text = args.join(" ").trim();
    if (text.length === 0) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    return runLogFlow(ctx, { text, receivedAt: ctx.now.toISOString() });
  },
};
