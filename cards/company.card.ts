import { formatDateTime, formatDealAmount, type Locale } from "./format.js";
import { COMPANY_STATUS_NAMES, jsonList, label, stageName } from "./labels.js";
import type { Card, CardBlock, CardButton } from "./model.js";

export interface CompanyCardData {
  /** With both, the card offers Edit (a form carrying the version shown). */
  id?: string;
  updatedAt?: Date;
  name: string;
  industry: string | null;
  region: string | null;
  tier: string;
  status?: string;
  /** JSON lists as stored. */
  aliases?: string;
  tags?: string;
  contacts: { name: string; title: string | null }[];
  deals: { id: string; number: number; title: string; amountMinor: bigint; currency: string; stage: { nameZh: string; nameEn: string; kind: string } }[];
  activities: { kind: string; summary: string; occurredAt: Date; actor: { name: string } }[];
  tickets: { number: number; title: string; priority: string; status: string }[];
  followUps: { title: string; dueAt: Date }[];
  /** Deals of the company the reader may not see: counted, so the card does not say there are none. */
  hiddenDeals?: number;
}

/** The company 360° view: who we know there, open deals, what happened lately, what is pending. */
export function companyCard(company: CompanyCardData, ctx: { locale: Locale; timeZone: string }): Card {
  const { locale, timeZone } = ctx;
  const dash = label("none", locale);
  const blocks: CardBlock[] = [
    {
      type: "fields",
      fields: [
        { label: label("industry", locale), value: company.industry ?? dash },
        { label: label("region", locale), value: company.region ?? dash },
        { label: label("tier", locale), value: company.tier },
        ...(company.status ? [{ label: label("status", locale), value: COMPANY_STATUS_NAMES[company.status]?.[locale] ?? company.status }] : []),
        ...(jsonList(company.aliases, locale) ? [{ label: label("aliases", locale), value: jsonList(company.aliases, locale) }] : []),
        ...(jsonList(company.tags, locale) ? [{ label: label("tags", locale), value: jsonList(company.tags, locale) }] : []),
        { label: label("contacts", locale), value: company.contacts.map((c) => (c.title ? `${c.name} (${c.title})` : c.name)).join(", ") || dash },
      ],
    },
  ];
  const section = (title: string, lines: string[]) => blocks.push({ type: "text", text: `${title}\n${lines.length > 0 ? lines.join("\n") : dash}` });
  section(label("deals", locale), [
    ...company.deals.map((d) => `• #${d.number} ${d.title} · ${stageName(d.stage, locale)} · ${formatDealAmount(d.amountMinor, d.currency, locale)}`),
    ...(company.hiddenDeals ? [`• ${label("othersDeals", locale)}${company.hiddenDeals}`] : []),
  ]);
  section(
    label("recentActivities", locale),
    company.activities.map((a) => `• ${formatDateTime(a.occurredAt, timeZone, locale)} ${a.actor.name}: ${a.summary}`),
  );
  section(
    label("openTickets", locale),
    company.tickets.map((t) => `• T${t.number} [${t.priority}] ${t.title}`),
  );
  section(
    label("openFollowUps", locale),
    company.followUps.map((f) => `• ${formatDateTime(f.dueAt, timeZone, locale)} ${f.title}`),
  );
  const buttons: CardButton[] = company.deals
    .filter((d) => d.stage.kind === "open")
    .slice(0, 3)
    .map((d) => ({ label: `${label("showDeal", locale)} #${d.number}`, actionId: "deal.show", value: d.id }));
  if (company.id && company.updatedAt)
    buttons.push({ label: label("edit", locale), actionId: "form.open", value: `edit-company:${company.id}:${company.updatedAt.getTime()}` });
  if (buttons.length > 0) blocks.push({ type: "actions", buttons });
  return { title: `${company.name} · ${company.tier}`, blocks };
}
