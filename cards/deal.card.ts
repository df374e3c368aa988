import { formatDate, formatDateTime, formatDealAmount, type Locale } from "./format.js";
import { label, stageName } from "./labels.js";
import type { Card, CardBlock, CardButton } from "./model.js";

interface StageView {
  key: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  position: number;
  probability?: number;
}

export interface DealCardData {
  id: string;
  number: number;
  title: string;
  amountMinor: bigint;
  currency: string;
  version: number;
  atRisk: boolean;
  expectedCloseAt: Date | null;
  /** The contract's end (renewal reminders read it); optional for callers that never set it. */
  endsAt?: Date | null;
  startsAt?: Date | null;
  /** Set on this deal; otherwise the stage's probability is shown. */
  probability?: number | null;
  lostReason?: string | null;
  lastActivityAt: Date;
  stage: StageView;
  company: { name: string };
  owner: { name: string };
  activities?: { kind: string; summary: string; occurredAt: Date }[];
  followUps?: { title: string; dueAt: Date }[];
}

export interface CardContext {
  locale: Locale;
  timeZone: string;
}

/** A deal with its stage buttons: the next open stage, won and lost (or reopen when closed). */
export function dealCard(deal: DealCardData, stages: StageView[], ctx: CardContext): Card {
  const { locale, timeZone } = ctx;
  const fields = [
    { label: label("company", locale), value: deal.company.name },
    { label: label("amount", locale), value: formatDealAmount(deal.amountMinor, deal.currency, locale) },
    { label: label("stage", locale), value: stageName(deal.stage, locale) + (deal.atRisk ? ` ${label("atRisk", locale)}` : "") },
    { label: label("owner", locale), value: deal.owner.name },
    { label: label("lastActivity", locale), value: formatDateTime(deal.lastActivityAt, timeZone, locale) },
  ];
  if (deal.expectedCloseAt) {
    fields.push({ label: label("expectedClose", locale), value: formatDate(deal.expectedCloseAt, timeZone, locale) });
  }
  if (deal.startsAt) fields.push({ label: label("contractStarts", locale), value: formatDate(deal.startsAt, timeZone, locale) });
  if (deal.endsAt) fields.push({ label: label("contractEnds", locale), value: formatDate(deal.endsAt, timeZone, locale) });
  const probability = deal.probability ?? (deal.stage.kind === "open" ? deal.stage.probability : undefined);
  if (probability !== undefined && probability !== null) fields.push({ label: label("probability", locale), value: `${probability}%` });
  if (deal.lostReason) fields.push({ label: label("lostReason", locale), value: deal.lostReason });
  const blocks: CardBlock[] = [{ type: "fields", fields }];
  if (deal.activities && deal.activities.length > 0) {
    const lines = deal.activities.map((a) => `• ${formatDateTime(a.occurredAt, timeZone, locale)} ${a.summary}`);
    blocks.push({ type: "text", text: `${label("recentActivities", locale)}\n${lines.join("\n")}` });
  }
  if (deal.followUps && deal.followUps.length > 0) {
    const lines = deal.followUps.map((f) => `• ${formatDateTime(f.dueAt, timeZone, locale)} ${f.title}`);
    blocks.push({ type: "text", text: `${label("openFollowUps", locale)}\n${lines.join("\n")}` });
  }
  // Edit opens a form where the channel has them (a Slack modal) and lists the edit commands elsewhere;
  // it carries the version shown, so an edit of a deal changed meanwhile is caught.
  const edit: CardButton = { label: label("edit", locale), actionId: "form.open", value: `edit-deal:${deal.id}:${deal.version}` };
  blocks.push({ type: "actions", buttons: [...stageButtons(deal, stages, locale), edit] });
  return { title: `#${deal.number} ${deal.title}`, blocks };
}

function stageButtons(deal: DealCardData, stages: StageView[], locale: Locale): CardButton[] {
  const move = (stage: StageView, text: string, style?: CardButton["style"]): CardButton => ({
    label: text,
    actionId: "deal.move-stage",
    value: `${deal.id}:${stage.key}:${deal.version}`,
    ...(style ? { style } : {}),
  });
  if (deal.stage.kind !== "open") {
    const first = stages.find((s) => s.kind === "open");
    return first ? [move(first, `${label("reopen", locale)}: ${stageName(first, locale)}`)] : [];
  }
  const buttons: CardButton[] = [];
  const next = stages.find((s) => s.kind === "open" && s.position > deal.stage.position);
  if (next) buttons.push(move(next, `${label("moveTo", locale)} ${stageName(next, locale)}`, "primary"));
  const won = stages.find((s) => s.kind === "won");
  const lost = stages.find((s) => s.kind === "lost");
  if (won) buttons.push(move(won, label("markWon", locale), "primary"));
  if (lost) buttons.push(move(lost, label("markLost", locale), "danger"));
  return buttons;
}
