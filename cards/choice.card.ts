import type { Locale } from "./format.js";
import { label } from "./labels.js";
import type { Card } from "./model.js";

/**
 * A question with one button per candidate. The value is the id of a pending question
 * stored server-side plus the candidate's index, so a button cannot name arbitrary records.
 */
/** Options shown as buttons on a choice card; "none of these" follows them. */
export const CHOICE_OPTIONS_SHOWN = 5;

export function choiceCard(question: string, pendingId: string, candidates: { label: string }[], locale: Locale): Card {
  return {
    title: question,
    blocks: [
      {
        type: "actions",
        buttons: [
          ...candidates.slice(0, CHOICE_OPTIONS_SHOWN).map((c, i) => ({ label: c.label, actionId: "pending.choose", value: `${pendingId}:${i}` })),
          { label: label("cancel", locale), actionId: "pending.choose", value: `${pendingId}:none` },
        ],
      },
    ],
  };
}
