import { dealCount, formatAmounts, formatDateTime, formatDealAmount } from "../../cards/format.js";
import { label, stageName } from "../../cards/labels.js";
import type { Card, CardBlock } from "../../cards/model.js";
import type { TurnContext } from "../context.js";
import { OPEN_FORM_ACTION } from "../forms/registry.js";
import { F } from "../i18n/form-messages.js";

/** Rows per list: a home view is read at a glance, the full lists are a command away. */
const LIST_LIMIT = 10;

/** The user's home: open deals, open follow-ups (overdue first) and their pipeline totals, plus form buttons. */
export async function homeCard(ctx: TurnContext): Promise<Card> {
  const { domain, actor, locale, timezone, now } = ctx;
  const [deals, followUps, pipeline] = await Promise.all([
    domain.deals.list(actor, { ownerId: actor.userId, openOnly: true, limit: LIST_LIMIT }),
    domain.followUps.listOpen(actor.userId, LIST_LIMIT),
    domain.pipeline.summarize(actor, { kind: "owner", ownerId: actor.userId }),
  ]);
  const dealLines = deals.map((d) => `• #${d.number} ${d.title} · ${stageName(d.stage, locale)} · ${formatDealAmount(d.amountMinor, d.currency, locale)}`);
  const followUpLines = followUps.map((f) => {
    const late = f.dueAt.getTime() < now.getTime() ? ` (${label("overdue", locale)})` : "";
    return `• ${formatDateTime(f.dueAt, timezone, locale)}${late} ${f.title}`;
  });
  const blocks: CardBlock[] = [
    {
      type: "actions",
      buttons: [
        { label: F.logCallTitle[locale], actionId: OPEN_FORM_ACTION, value: "log-call", style: "primary" },
        { label: F.newDealTitle[locale], actionId: OPEN_FORM_ACTION, value: "new-deal" },
        { label: F.refresh[locale], actionId: "home.show", value: "refresh" },
      ],
    },
    { type: "text", text: `${F.myOpenDeals[locale]}\n${dealLines.join("\n") || F.noOpenDeals[locale]}` },
    { type: "divider" },
    { type: "text", text: `${F.dueFollowUps[locale]}\n${followUpLines.join("\n") || F.noFollowUps[locale]}` },
    { type: "divider" },
    {
      type: "fields",
      fields: [
        ...pipeline.stages
          .filter((s) => s.count > 0)
          .map((s) => ({ label: stageName(s, locale), value: `${dealCount(s.count, locale)} · ${formatAmounts(s.amounts, locale)}` })),
        { label: label("openTotal", locale), value: `${dealCount(pipeline.openCount, locale)} · ${formatAmounts(pipeline.openAmounts, locale)}` },
      ],
    },
  ];
  return { title: F.homeTitle[locale], subtitle: ctx.user.name, blocks };
}
