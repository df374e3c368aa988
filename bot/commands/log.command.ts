import { runLogFlow } from "../flows/log-sentence.flow.js";
import { M } from "../i18n/messages.js";
import type { Command } from "./command.js";

export const logCommand: Command = {
  names: ["log", "记录", "记"],
  usage: { zh: "记录 <一句话>", en: "log <sentence>" },
  async run(ctx, args) {
    const text = args.join(" ").trim();
    if (text.length === 0) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    return runLogFlow(ctx, { text, receivedAt: ctx.now.toISOString() });
  },
};
