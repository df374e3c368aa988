import { dealCount, formatAmounts, type Locale } from "./format.js";
import { label, stageName } from "./labels.js";
import type { Card } from "./model.js";

export interface PipelineCardData {
  title?: string;
  stages: { nameZh: string; nameEn: string; count: number; amounts: Record<string, number> }[];
  openCount: number;
  openAmounts: Record<string, number>;
}

/** Count and amount per stage, and the open total. */
export function pipelineCard(summary: PipelineCardData, ctx: { locale: Locale }): Card {
  const { locale } = ctx;
  return {
    title: summary.title ?? label("pipeline", locale),
    blocks: [
      {
        type: "fields",
        fields: summary.stages.map((s) => ({
          label: stageName(s, locale),
          value: `${dealCount(s.count, locale)} · ${formatAmounts(s.amounts, locale)}`,
        })),
      },
      { type: "divider" },
      {
        type: "fields",
        fields: [{ label: label("openTotal", locale), value: `${dealCount(summary.openCount, locale)} · ${formatAmounts(summary.openAmounts, locale)}` }],
      },
    ],
  };
}
