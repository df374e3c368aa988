import { rateOf } from "../../domain/money/exchange-rates.service.js";
import { formatDate } from "../../cards/format.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { RateM } from "../i18n/rate-messages.js";
import { currencyOf } from "../parse/currency-words.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { rateDeclaration } from "./rate.declaration.js";

const SET = ["set", "设置", "设定", "设"];

/** "USD", "usd", "美元", "$": the currency's code; null for a word that names none. */
function currencyWord(word: string): string | null {
  const upper = word.trim().toUpperCase();
  if (/^[A-Z]{3}$/u.test(upper)) return upper;
  return currencyOf(word, "before") ?? currencyOf(word, "after");
}

export const rateCommand: Command = {
  ...declared(rateDeclaration),
  async run(ctx, args) {
    const [word = "", currency = "", value = ""] = args;
    if (args.length === 0 || (args.length === 1 && subcommandOf(word) === "list")) return listRates(ctx);
    const code = currencyWord(currency);
    if (SET.includes(word.toLowerCase()) && args.length === 3) {
      const rate = Number(value.replace(/,/gu, ""));
      if (!code || !Number.isFinite(rate) || rate <= 0) return [{ text: RateM.bad[ctx.locale](args.slice(1).join(" ")) }];
      await ctx.domain.rates.set(ctx.actor, { currency: code, rate });
      return [{ text: RateM.set[ctx.locale](code, String(rate), ctx.domain.rates.base) }];
    }
    if (subcommandOf(word) === "delete" && args.length === 2 && code) {
      const removed = await ctx.domain.rates.remove(ctx.actor, code);
      return [{ text: removed ? RateM.removed[ctx.locale](code) : RateM.none[ctx.locale](code) }];
    }
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

async function listRates(ctx: TurnContext): Replies {
  const rates = await ctx.domain.rates.list();
  const base = ctx.domain.rates.base;
  if (rates.length === 0) return [{ text: RateM.empty[ctx.locale](base) }];
  const lines = rates.map((r) => `1 ${r.currency} = ${rateOf(r.rateMicro)} ${base} · ${formatDate(r.updatedAt, ctx.timezone, ctx.locale)}`);
  return [{ card: { title: RateM.title[ctx.locale](base), blocks: [{ type: "text", text: lines.join("\n") }] } }];
}
