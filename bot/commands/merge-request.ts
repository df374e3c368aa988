import type { Replies, TurnContext } from "../context.js";
import { MergeM } from "../i18n/merge-messages.js";
import { R } from "../i18n/reliability-messages.js";

export const MERGE_WORDS = ["merge", "合并"];

/** The pending question the merge confirmation buttons refer to. */
export interface MergeRequest {
  entity: "company" | "contact";
  duplicateId: string;
  keepId: string;
}

// Spaced words first: a bare 到 may be part of a name (京东到家), so unspaced only 合并到 / 并入 split.
const INTO = [/\s+(?:into|to|with|->|→|到|合并到|并入)\s+/iu, /\s*(?:合并到|并入)\s*/u];

/** "<duplicate> into <keep>", "<重复> 到 <保留>" → the two names; null without the word between them. */
export function splitMergeNames(line: string): { duplicate: string; keep: string } | null {
  const match = INTO.map((p) => p.exec(line)).find((m) => m !== null && m.index > 0) ?? null;
  if (!match || match.index === 0) return null;
  const duplicate = line.slice(0, match.index).trim();
  const keep = line.slice(match.index + match[0].length).trim();
  return duplicate && keep ? { duplicate, keep } : null;
}

/**
 * "company merge <duplicate> into <keep>" / "contact merge …": nothing is merged before the asker
 * confirms on the card; the request is stored server-side and the button carries its id only.
 */
export async function mergeRequest(ctx: TurnContext, entity: "company" | "contact", line: string): Replies {
  const names = splitMergeNames(line);
  if (!names) return [{ text: MergeM.usage[ctx.locale]() }];
  let question: string;
  let request: MergeRequest;
  if (entity === "company") {
    const [duplicate, keep] = [await ctx.domain.companies.findByName(names.duplicate), await ctx.domain.companies.findByName(names.keep)];
    if (duplicate.id === keep.id) return [{ text: MergeM.same[ctx.locale]() }];
    question = MergeM.askCompany[ctx.locale](duplicate.name, keep.name, await ctx.domain.companies.recordsOf(duplicate.id));
    request = { entity, duplicateId: duplicate.id, keepId: keep.id };
  } else {
    const [duplicate, keep] = [await ctx.domain.contacts.findByName(names.duplicate), await ctx.domain.contacts.findByName(names.keep)];
    if (duplicate.id === keep.id) return [{ text: MergeM.same[ctx.locale]() }];
    if (duplicate.companyId !== keep.companyId) return [{ text: MergeM.differentCustomers[ctx.locale]() }];
    const company = (await ctx.domain.contacts.get(keep.id)).company.name;
    question = MergeM.askContact[ctx.locale](duplicate.name, keep.name, company);
    request = { entity, duplicateId: duplicate.id, keepId: keep.id };
  }
  const pendingId = await ctx.pending.create(ctx.actor.userId, "merge", request);
  return [
    {
      card: {
        title: question,
        blocks: [
          {
            type: "actions",
            buttons: [
              { label: R.confirmYes[ctx.locale](), actionId: "record.merge", value: `${pendingId}:yes`, style: "danger" },
              { label: R.confirmNo[ctx.locale](), actionId: "record.merge", value: `${pendingId}:no` },
            ],
          },
        ],
      },
    },
  ];
}
