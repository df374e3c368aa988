import { formatDateTime } from "../../cards/format.js";
import { label } from "../../cards/labels.js";
import type { Replies, TurnContext } from "../context.js";
import { FollowUpEditM } from "../i18n/followup-edit-messages.js";
import { M } from "../i18n/messages.js";
import { parseSentence } from "../parse/parse-sentence.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { type FollowUpPeriod, followUpPeriodEnd, followUpPeriodOf } from "./followup-period.js";
import { followUpDeclaration } from "./followup.declaration.js";
import { lookupScope } from "./user.command.js";
import { TrashM } from "../i18n/trash-messages.js";
import { undoOffer } from "../flows/undo-offer.js";
import { canChange } from "../../domain/users/permissions.js";
import { PermissionDeniedError } from "../../domain/shared/errors.js";

/** The follow-up list a user was last shown (its ids in the order numbered). */
const SHOWN_LIST = "followup.list";
interface ShownList {
  ids: string[];
  /** Whose list it was (a manager may be shown a teammate's); absent on lists saved before this field. */
  ownerId?: string;
}
/** Enough open follow-ups to find any line of a shown list (it shows at most 20). */
const OPEN_LOOKUP_LIMIT = 200;

export const followUpCommand: Command = {
  ...declared(followUpDeclaration),
  async run(ctx, args) {
    const [word, ...rest] = args;
    const usage = [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    // "followup 2 time Friday 3pm", "跟进 2 改到 周五下午3点": edit the second line of the list shown.
    if (word && /^#?\d{1,3}$/u.test(word)) return rest.length >= 1 ? editByPosition(ctx, word, rest, usage) : usage;
    switch (subcommandOf(word)) {
      case "new":
        return rest.length > 0 ? addFollowUp(ctx, rest.join(" "), usage) : usage;
      case "done":
        return rest.length === 1 ? completeByPosition(ctx, rest[0]!, usage) : usage;
      case "delete":
        return rest.length === 1 ? deleteByPosition(ctx, rest[0]!, usage) : usage;
      case "list": {
        // "followup list today": only what is due by then (and what is late).
        const period = followUpPeriodOf(rest.join(" "));
        if (period) return listFollowUps(ctx, period);
        // "followup list Li Lei": a manager (or admin) looks at a teammate's list and can then edit it by number.
        return rest.length > 0 ? listTeammateFollowUps(ctx, rest.join(" ")) : listFollowUps(ctx);
      }
      case null:
        return args.length <= 1 ? listFollowUps(ctx) : usage;
      default:
        return usage;
    }
  },
};

async function addFollowUp(ctx: TurnContext, text: string, usage: Awaited<Replies>): Replies {
  const parsed = parseSentence(text, { now: ctx.now, timezone: ctx.timezone });
  const bad = parsed.problems.find((p) => p.code === "invalid-date");
  if (bad && bad.code === "invalid-date") return [{ text: M.invalidInput[ctx.locale](ctx.locale === "zh" ? "日期" : "date", bad.text) }];
  if (!parsed.followUp) return usage;
  // ("tomorrow 9am to update the forecast": what is left after the time reads without its "to")
  const title =
    parsed.summary
      .replace(parsed.followUp.text, "")
      .replace(/^[\s,，。:：]+|[\s,，。]+$/gu, "")
      .replace(/^to\s+/iu, "") || parsed.summary;
  let companyId: string | undefined;
  for (const hint of parsed.companyHints) {
    const found = await ctx.domain.companies.search(hint);
    if (found.kind === "one") {
      companyId = found.match.id;
      break;
    }
  }
  const followUp = await ctx.domain.followUps.schedule(ctx.actor, {
    title,
    dueAt: parsed.followUp.at,
    ...(companyId ? { companyId } : {}),
  });
  return [{ text: `${M.followUpSet[ctx.locale](formatDateTime(followUp.dueAt, ctx.timezone, ctx.locale))}: ${followUp.title}` }];
}

/**
 * The open follow-up at a line of the list this user was last shown (even if the list has changed
 * since), or the reply that says why there is none.
 */
async function followUpAt(ctx: TurnContext, position: string, usage: Awaited<Replies>): Promise<{ id: string } | { replies: Awaited<Replies> }> {
  const index = Number(position.replace(/^#/, ""));
  if (!Number.isInteger(index) || index < 1) return { replies: usage };
  const shown = (await ctx.pending.latestOfKind<ShownList>(ctx.actor.userId, SHOWN_LIST))?.payload;
  const open = await ctx.domain.followUps.listOpen(shown?.ownerId ?? ctx.actor.userId, shown ? OPEN_LOOKUP_LIMIT : undefined);
  const target = shown ? open.find((f) => f.id === shown.ids[index - 1]) : open[index - 1];
  if (shown && shown.ids[index - 1] && !target) return { replies: [{ text: M.followUpNoLongerOpen[ctx.locale](index) }] };
  if (!target) return { replies: [{ text: M.notFound[ctx.locale](ctx.locale === "zh" ? "跟进" : "follow-up", position) }] };
  return { id: target.id };
}

async function completeByPosition(ctx: TurnContext, position: string, usage: Awaited<Replies>): Replies {
  const target = await followUpAt(ctx, position, usage);
  if ("replies" in target) return target.replies;
  const done = await ctx.domain.followUps.complete(ctx.actor, target.id);
  return [{ text: M.followUpDone[ctx.locale](done.title) }];
}

const TIME_WORDS = ["time", "when", "due", "move", "reschedule", "date", "时间", "改到", "改期", "改为", "推迟到", "延到", "提前到", "日期"];
const TEXT_WORDS = ["text", "title", "what", "内容", "标题", "事项", "改成"];
const OWNER_WORDS = ["owner", "assign", "to", "reassign", "负责人", "交给", "转给", "分配给"];

/** "followup 2 time Friday 3pm" / "text call Li about the PO" / "owner Amy", and the Chinese forms. */
/** The field word and the new value; "改到明天" with no space is split after the Chinese field word. */
function fieldAndValue(rest: string[]): { which: string; value: string } {
  const first = (rest[0] ?? "").toLowerCase();
  if ([...TIME_WORDS, ...TEXT_WORDS, ...OWNER_WORDS].includes(first)) return { which: first, value: rest.slice(1).join(" ").trim() };
  const line = rest.join(" ");
  const glued = [...TIME_WORDS, ...TEXT_WORDS, ...OWNER_WORDS]
    .filter((w) => /\p{Script=Han}/u.test(w) && line.startsWith(w))
    .sort((a, b) => b.length - a.length)[0];
  return glued ? { which: glued, value: line.slice(glued.length).trim() } : { which: first, value: rest.slice(1).join(" ").trim() };
}

async function editByPosition(ctx: TurnContext, position: string, rest: string[], usage: Awaited<Replies>): Replies {
  const { which, value } = fieldAndValue(rest);
  if (!value) return usage;
  const target = await followUpAt(ctx, position, usage);
  if ("replies" in target) return target.replies;
  if (TIME_WORDS.includes(which)) {
    const parsed = parseSentence(value, { now: ctx.now, timezone: ctx.timezone });
    const when = parsed.followUp?.at ?? parsed.occurredAt?.at;
    if (!when) return [{ text: FollowUpEditM.badTime[ctx.locale](value) }];
    if (when.getTime() <= ctx.now.getTime()) return [{ text: FollowUpEditM.pastTime[ctx.locale](formatDateTime(when, ctx.timezone, ctx.locale)) }];
    const moved = await ctx.domain.followUps.reschedule(ctx.actor, target.id, when);
    return [{ text: FollowUpEditM.moved[ctx.locale](moved.title, formatDateTime(moved.dueAt, ctx.timezone, ctx.locale)) }];
  }
  if (TEXT_WORDS.includes(which)) {
    const changed = await ctx.domain.followUps.retitle(ctx.actor, target.id, value);
    return [{ text: FollowUpEditM.retitled[ctx.locale](changed.title) }];
  }
  if (OWNER_WORDS.includes(which)) {
    const { user } = await ctx.domain.users.resolveRef(lookupScope(ctx), value);
    const before = await ctx.domain.followUps.get(target.id);
    if (before.ownerId === user.id) return [{ text: FollowUpEditM.alreadyOwner[ctx.locale](before.title, user.name) }];
    const changed = await ctx.domain.followUps.reassign(ctx.actor, target.id, user.id);
    if (user.id !== ctx.actor.userId) {
      const successor = await ctx.domain.users.get(user.id);
      const locale = successor.locale === "en" ? "en" : "zh";
      const due = formatDateTime(changed.dueAt, successor.timezone, locale);
      await ctx.domain.outbox.direct(ctx.notifier, ctx.now).toUser(user.id, { text: FollowUpEditM.handedToYou[locale](changed.title, due, ctx.user.name) });
    }
    return [{ text: FollowUpEditM.reassigned[ctx.locale](changed.title, user.name) }];
  }
  return usage;
}

export async function listFollowUps(ctx: TurnContext, period: FollowUpPeriod | null = null): Replies {
  return showList(ctx, ctx.actor.userId, null, period);
}

/** Someone else's open follow-ups: only for whoever may change them (their manager, an admin). */
async function listTeammateFollowUps(ctx: TurnContext, who: string): Replies {
  const { user } = await ctx.domain.users.resolveRef(lookupScope(ctx), who);
  if (user.id === ctx.actor.userId) return listFollowUps(ctx);
  if (!canChange(ctx.actor, { ownerId: user.id, ownerTeamId: user.teamId })) throw new PermissionDeniedError("view", "followup");
  return showList(ctx, user.id, user.name);
}

async function showList(ctx: TurnContext, ownerId: string, ownerName: string | null, period: FollowUpPeriod | null = null): Replies {
  const all = await ctx.domain.followUps.listOpen(ownerId);
  const until = period ? followUpPeriodEnd(period, ctx.now, ctx.timezone).getTime() : Number.POSITIVE_INFINITY;
  const open = all.filter((f) => f.dueAt.getTime() < until);
  if (open.length === 0 && period) return [{ text: FollowUpEditM.noneDue[ctx.locale](period) }];
  if (open.length === 0) return [{ text: ownerName ? FollowUpEditM.noneFor[ctx.locale](ownerName) : M.noFollowUps[ctx.locale]() }];
  // Remembered so that "followup done 2" means the second line of this list, not of a newer one.
  await ctx.pending.replace(ctx.actor.userId, SHOWN_LIST, { ids: open.map((f) => f.id), ownerId } satisfies ShownList);
  const now = ctx.now.getTime();
  const lines = open.map((f, i) => {
    const late = f.dueAt.getTime() < now ? ` ⚠️${label("overdue", ctx.locale)}` : "";
    const about = f.company ? ` · ${f.company.name}` : "";
    return `${i + 1}. ${formatDateTime(f.dueAt, ctx.timezone, ctx.locale)} ${f.title}${about}${late}`;
  });
  return [
    {
      card: {
        title: ownerName
          ? FollowUpEditM.listOf[ctx.locale](ownerName, open.length)
          : period
            ? FollowUpEditM.listDue[ctx.locale](period, open.length)
            : ctx.locale === "zh"
              ? `待办跟进（${open.length}）`
              : `Open follow-ups (${open.length})`,
        blocks: [
          { type: "text", text: lines.join("\n") },
          {
            type: "actions",
            buttons: open.slice(0, 5).map((f, i) => ({ label: `${label("done", ctx.locale)} ${i + 1}`, actionId: "followup.done", value: f.id })),
          },
        ],
      },
    },
  ];
}

/** "followup delete 2" / "跟进 删除 2": line 2 of the list last shown goes to the recycle bin, with an Undo button. */
async function deleteByPosition(ctx: TurnContext, position: string, usage: Awaited<Replies>): Replies {
  const target = await followUpAt(ctx, position, usage);
  if ("replies" in target) return target.replies;
  const deleted = await ctx.domain.trash.deleteFollowUp(ctx.actor, target.id);
  return [{ text: TrashM.followUpDeleted[ctx.locale](deleted.label) }, ...undoOffer(ctx)];
}
