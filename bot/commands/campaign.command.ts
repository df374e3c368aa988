import { formatMoney } from "../../cards/format.js";
import { localeCurrency } from "../i18n/locale-currency.js";
import { leadSourceName } from "../../cards/lead.card.js";
import { chartReply } from "../charts/chart-reply.js";
import { campaignChart } from "../charts/sales-charts.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { parseAmountSlot } from "../parse/amount-slot.js";
import { type Command, subcommandOf } from "./command.js";
import { campaignDeclaration } from "./campaign.declaration.js";
import { declared } from "./declaration.js";

/** `campaign new|report` / `营销活动 新建|报表`: campaigns and what they brought. */
export const campaignCommand: Command = {
  ...declared(campaignDeclaration),
  // "campaign report", "营销活动 新建 …" — not "Campaign at Acme went live, they want more seats".
  accepts: (args) =>
    args.length === 0 || subcommandOf(args[0]) === "new" || subcommandOf(args[0]) === "list" || ["report", "报表", "roi"].includes(args[0]!.toLowerCase()),
  async run(ctx, args) {
    const [word = "", ...rest] = args;
    if (subcommandOf(word) === "new") return rest.length > 0 ? createCampaign(ctx, rest) : [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    if (args.length === 0 || ["report", "报表", "roi"].includes(word.toLowerCase()) || subcommandOf(word) === "list") return report(ctx);
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

async function createCampaign(ctx: TurnContext, words: string[]): Replies {
  // "双11展会 5万 展会", "Expo 2026 $20k trade-show": the first word that reads as money with a unit or
  // currency is the cost ("2026" is part of the name), the words after it the channel.
  const at = words.findIndex((w, i) => i > 0 && /[kKmMwW万亿千$¥€£元]|usd|cny|rmb/iu.test(w) && parseAmountSlot(w, ctx.locale === "zh" ? "CNY" : "USD"));
  const cost = at > 0 ? parseAmountSlot(words[at]!, localeCurrency(ctx.locale)) : null;
  const name = (at > 0 ? words.slice(0, at) : words).join(" ");
  const channel = at > 0 ? words.slice(at + 1).join(" ") || undefined : undefined;
  const made = await ctx.domain.campaigns.create(ctx.actor, {
    name,
    ...(cost ? { costMinor: cost.minor, currency: cost.currency } : {}),
    ...(channel ? { channel } : {}),
  });
  const money = formatMoney(made.costMinor, made.currency, ctx.locale);
  return [
    {
      text:
        ctx.locale === "zh"
          ? `已新建营销活动「${made.name}」，费用 ${money}。线索里写上活动名即归入该活动。`
          : `Campaign "${made.name}" created, cost ${money}. Leads that name it are counted for it.`,
    },
  ];
}

async function report(ctx: TurnContext): Replies {
  const { campaigns, sources, scope } = await ctx.domain.campaigns.report(ctx.actor);
  const zh = ctx.locale === "zh";
  if (campaigns.length === 0 && sources.length === 0) return [{ text: zh ? "还没有营销活动和线索。" : "No campaigns or leads yet." }];
  const dash = "—";
  const lines = campaigns.map((c) => {
    const money = (minor: number) => formatMoney(minor, c.currency, ctx.locale);
    const name = c.id === null ? (zh ? "（未归入活动）" : "(no campaign)") : c.name;
    const parts = zh
      ? [
          `线索 ${c.leads}`,
          `转化 ${c.converted}（${c.conversionRate ?? dash}%）`,
          `赢单 ${money(c.wonMinor)}`,
          `费用 ${money(c.costMinor)}`,
          `单条成本 ${c.costPerLeadMinor === null ? dash : money(c.costPerLeadMinor)}`,
          `ROI ${c.roi === null ? dash : `${c.roi}%`}`,
        ]
      : [
          `${c.leads} leads`,
          `${c.converted} converted (${c.conversionRate ?? dash}%)`,
          `won ${money(c.wonMinor)}`,
          `cost ${money(c.costMinor)}`,
          `per lead ${c.costPerLeadMinor === null ? dash : money(c.costPerLeadMinor)}`,
          `ROI ${c.roi === null ? dash : `${c.roi}%`}`,
        ];
    const missing =
      c.unconverted.length > 0 ? (zh ? `（${c.unconverted.join(", ")} 无汇率未计入）` : ` (${c.unconverted.join(", ")} without a rate left out)`) : "";
    return `• ${name}: ${parts.join(" · ")}${missing}`;
  });
  const bySource = sources.map((s) => `• ${leadSourceName(s.source, ctx.locale)}: ${s.leads} → ${s.converted} (${s.conversionRate ?? dash}%)`);
  const title = scope === "team" ? (zh ? "营销活动 ROI · 本团队" : "Campaign ROI · your team") : zh ? "营销活动 ROI" : "Campaign ROI";
  const teamNote =
    scope === "team"
      ? [
          zh
            ? "只计本团队的线索；单条成本和 ROI 按全公司计算，由管理员查看。"
            : "Your team's leads only; cost per lead and ROI are company-wide figures, for admins.",
        ]
      : [];
  const text = [...lines, "", zh ? "各来源转化（线索 → 转化）" : "By source (leads → converted)", ...bySource, ...teamNote].join("\n");
  const named = campaigns.filter((c) => c.id !== null);
  const chart = named.length > 0 ? await chartReply(ctx, "campaigns", campaignChart(title, named, named[0]!.currency, ctx.locale)) : [];
  return [{ card: { title, blocks: [{ type: "text", text }] } }, ...chart];
}
