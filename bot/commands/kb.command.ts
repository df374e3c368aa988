import { truncate } from "../../cards/limits.js";
import type { ArticleHit } from "../../domain/knowledge/knowledge.service.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { SM } from "../i18n/service-messages.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { kbDeclaration } from "./kb.declaration.js";

const SEARCH_WORDS = ["search", "find", "搜索", "查找", "查询", "搜"];

export const kbCommand: Command = {
  ...declared(kbDeclaration),
  async run(ctx, args) {
    const [word = "", ...rest] = args;
    if (subcommandOf(word) === "new") return add(ctx, rest.join(" "));
    if (SEARCH_WORDS.includes(word.toLowerCase()) && rest.length > 0) return search(ctx, rest.join(" "));
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

async function add(ctx: TurnContext, text: string): Replies {
  const [question, ...answer] = text.split(/\s*[|｜]\s*/);
  if (!question || answer.length === 0) return [{ text: M.usage[ctx.locale](kbCommand.usage[ctx.locale]) }];
  const article = await ctx.domain.knowledge.add(ctx.actor, { question, answer: answer.join(" | ") });
  return [{ text: SM.kbAdded[ctx.locale](article.question) }];
}

async function search(ctx: TurnContext, query: string): Replies {
  const hits = await ctx.domain.knowledge.search(query, 5);
  if (hits.length === 0) return [{ text: SM.kbNone[ctx.locale](query) }];
  return [{ text: SM.kbResults[ctx.locale](formatHits(hits)) }];
}

export function formatHits(hits: readonly ArticleHit[]): string {
  return hits.map((h, i) => `${i + 1}. ${h.question}\n   → ${truncate(h.answer, 300)}`).join("\n");
}
