import type { ActivityKind } from "../../domain/activities/activity.service.js";
import type { StageKey } from "../../domain/pipeline/stage-keys.js";
import type { Locale } from "../../domain/shared/locale.js";

// The parser speaks the domain's words: one declaration of each, in domain/.
export type { ActivityKind, Locale, StageKey };

/** `minor` is in the currency's minor unit: 20万 CNY => 200_000_000 fen. */
export interface ParsedAmount {
  minor: number;
  currency: string;
  text: string;
  /** "20多万", "3000多", "四五千", "20-30万": `minor` is the lower bound */
  approximate?: true;
  /** upper bound of a range ("四五千" => 5000 yuan), in minor units */
  maxMinor?: number;
  /** "降了20万", "added 20k": how much the deal's value moved, not its new value */
  change?: "up" | "down";
}

export interface ParsedDate {
  at: Date;
  text: string;
  hasTime: boolean;
  /** a range or period ("this week", "5 to 6pm"): the instant it ends; `at` is its start */
  until?: Date;
  /** "周五下午2点开会，提前半小时提醒我": `at` is the reminder; this is the appointment it comes before */
  remindsOf?: Date;
}

export type ParseProblem = { code: "invalid-date"; text: string } | { code: "too-long"; length: number } | { code: "empty" };

export interface ParsedSentence {
  locale: Locale;
  activity: ActivityKind | null;
  /** the activity is only arranged, not reported as done ("meeting with Acme tomorrow 3pm") */
  planned: boolean;
  /** planned, and another clause tells of something that happened ("RFQ came in, call them back Wednesday") */
  alsoReports: boolean;
  /** no activity named, only a thing the rep means to do by the follow-up's day ("need to send Acme the pricing by 4pm") */
  taskOnly: boolean;
  companyHints: string[];
  contactHints: string[];
  followUp: ParsedDate | null;
  occurredAt: ParsedDate | null;
  amount: ParsedAmount | null;
  /** the figure is what a planned step hands over ("send Hooli the revised quote (78k) by 5pm"): the deal's value, no news */
  amountToDeliver?: boolean;
  /** "打个九折", "added another 15%": with no amount said, the deal moves by this share of its value */
  amountShare?: { change: "up" | "down"; percent: number } | null;
  stageHint: StageKey | null;
  wantsQuote: boolean;
  problems: ParseProblem[];
  summary: string;
}
