import type { DigestDeal } from "../domain/automation/digest.queries.js";
import { autoLabel } from "./automation-labels.js";
import { dealCount, formatAmounts, formatAmountsOrDash, formatDate, formatDealAmount, formatMoney, type Locale } from "./format.js";
import { stageName } from "./labels.js";
import type { Card, CardBlock, CardButton } from "./model.js";

export interface DigestCardData {
  teamName: string;
  stages: { nameZh: string; nameEn: string; kind: string; count: number; amounts: Record<string, number> }[];
  openCount: number;
  openAmounts: Record<string, number>;
  movement: { created: number; advanced: number; won: number; lost: number };
  closingThisWeek: { count: number; amounts: Record<string, number>; deals: DigestDealLine[] };
  topStale: DigestDealLine[];
  overdueByRep: { name: string; count: number }[];
  /** What the team's customers owe, per currency (contracts and payments); none without contracts. */
  receivables?: { currency: string; balanceMinor: bigint; overdueMinor: bigint; overdueContracts: number; collectionRate: number | null }[];
  /** The weekly summary's leaderboard: reps by deals won, then amount (none on the daily digest). */
  leaderboard?: { name: string; won: number; wonAmounts: Record<string, number>; newDeals: number; activities: number }[];
}

/** A deal line of the digest, exactly as the digest query returns it. */
export type DigestDealLine = DigestDeal;

export interface DigestCardContext {
  locale: Locale;
  timeZone: string;
  now: Date;
  weekly: boolean;
  /** The Alert row of this digest, for the snooze button; a digest asked for on demand has none. */
  alertId?: string;
  /** The team chat copy has no snooze (it would pause the whole team). */
  snooze: boolean;
}

const MAX_DEAL_BUTTONS = 4;

/** The daily digest (or Monday's weekly summary): totals, movement, closing, stale, overdue. */
export function digestCard(d: DigestCardData, ctx: DigestCardContext): Card {
  const { locale } = ctx;
  const money = (deal: DigestDealLine) => formatDealAmount(deal.amountMinor, deal.currency, locale);
  const days = (date: Date) => Math.floor((ctx.now.getTime() - date.getTime()) / 86_400_000);
  const m = d.movement;
  const sep = locale === "zh" ? "，" : " · ";
  const blocks: CardBlock[] = [
    {
      type: "fields",
      fields: [
        ...d.stages.map((s) => ({ label: stageName(s, locale), value: `${dealCount(s.count, locale)} · ${formatAmounts(s.amounts, locale)}` })),
        { label: locale === "zh" ? "进行中合计" : "Open total", value: `${dealCount(d.openCount, locale)} · ${formatAmounts(d.openAmounts, locale)}` },
      ],
    },
    {
      type: "text",
      text: `${autoLabel(ctx.weekly ? "sinceLastWeek" : "sinceYesterday", locale)}: ${[
        `${autoLabel("created", locale)} ${m.created}`,
        `${autoLabel("advanced", locale)} ${m.advanced}`,
        `${autoLabel("won", locale)} ${m.won}`,
        `${autoLabel("lost", locale)} ${m.lost}`,
      ].join(sep)}`,
    },
    { type: "divider" },
    {
      type: "text",
      text: section(
        `${autoLabel("closingThisWeek", locale)}: ${dealCount(d.closingThisWeek.count, locale)} · ${formatAmounts(d.closingThisWeek.amounts, locale)}`,
        d.closingThisWeek.deals.map(
          (x) => `• #${x.number} ${x.title} ${money(x)} (${x.ownerName}${x.expectedCloseAt ? `, ${formatDate(x.expectedCloseAt, ctx.timeZone, locale)}` : ""})`,
        ),
        locale,
      ),
    },
    {
      type: "text",
      text: section(
        autoLabel("topStale", locale),
        d.topStale.map(
          (x) =>
            `• #${x.number} ${x.title} ${money(x)} — ${locale === "zh" ? `${days(x.lastActivityAt)} 天未跟进` : `${days(x.lastActivityAt)} days quiet`} (${x.ownerName})`,
        ),
        locale,
      ),
    },
    {
      type: "text",
      text: section(
        autoLabel("overdueFollowUps", locale),
        d.overdueByRep.map((r) => `• ${r.name}: ${r.count}`),
        locale,
      ),
    },
  ];
  if (d.receivables && d.receivables.length > 0) {
    blocks.push({
      type: "text",
      text: section(
        autoLabel("receivables", locale),
        d.receivables.map((r) => {
          const money = (minor: bigint) => formatMoney(minor, r.currency, locale);
          const overdue = r.overdueMinor > 0n ? `⚠️ ${money(r.overdueMinor)} (${r.overdueContracts})` : "—";
          return `• ${money(r.balanceMinor)} · ${overdue} · ${r.collectionRate === null ? "—" : `${r.collectionRate}%`}`;
        }),
        locale,
      ),
    });
  }
  if (d.leaderboard && d.leaderboard.length > 0) {
    blocks.push({
      type: "text",
      text: section(
        autoLabel("leaderboard", locale),
        d.leaderboard.map((r, i) => `${i + 1}. ${r.name} · ${r.won} · ${formatAmountsOrDash(r.wonAmounts, locale)} · ${r.newDeals} · ${r.activities}`),
        locale,
      ),
    });
  }
  const buttons: CardButton[] = d.topStale
    .slice(0, MAX_DEAL_BUTTONS)
    .map((x) => ({ label: `${autoLabel("openDeal", locale)} #${x.number}`, actionId: "deal.show", value: x.id }));
  if (ctx.snooze && ctx.alertId) buttons.push({ label: autoLabel("snoozeDigest", locale), actionId: "alert.snooze", value: `${ctx.alertId}:1` });
  if (buttons.length > 0) blocks.push({ type: "actions", buttons });
  return {
    title: `${autoLabel(ctx.weekly ? "weeklyTitle" : "digestTitle", locale)} · ${formatDate(ctx.now, ctx.timeZone, locale)}`,
    subtitle: d.teamName,
    blocks,
  };
}

function section(heading: string, lines: string[], locale: Locale): string {
  return [heading, ...(lines.length > 0 ? lines : [`• ${autoLabel("none", locale)}`])].join("\n");
}
