import { approvalCard } from "../../cards/approval.card.js";
import { formatMoney } from "../../cards/format.js";
import type { QuoteCardContext } from "../../cards/quote.card.js";
import type { QuoteEventHandler } from "../../domain/quotes/quote-events.js";
import type { ApprovalRow, QuoteView } from "../../domain/quotes/quote-view.js";
import type { ChangeScope } from "../../domain/outbox/change-scope.js";
import { renderQuotePdf } from "../documents/quote-pdf.js";
import type { TurnContext } from "../context.js";
import { QM } from "../i18n/quote-messages.js";
import type { Locale, Reply } from "../types.js";

export interface Announcer {
  handler: QuoteEventHandler;
  /** Notices meant for the person acting now (e.g. the owner's own auto-approved PDF): returned as replies. */
  replies: Reply[];
}

const asLocale = (value: string | undefined | null): Locale => (value === "en" ? "en" : "zh");

/**
 * Turns quote events into outbox rows inside the change's transaction: the approval card for the
 * next step (the team's "approvals" chats, or the approver's DM when the team has none), in-place
 * updates of every card already posted for the quote, and the rep's notices (with the PDF).
 */
export function quoteAnnouncer(ctx: TurnContext): Announcer {
  const replies: Reply[] = [];
  const handler: QuoteEventHandler = async (scope, event) => {
    const view = event.quote;
    const cardCtx = await groupCardContext(scope, view);
    const entity = { entityType: "quote", entityId: view.id };
    const name = (id: string | null) => (id ? (view.names[id] ?? "?") : "?");
    const ownerLocale = view.ownerId === ctx.actor.userId ? ctx.locale : asLocale(view.owner.locale);
    const total = formatMoney(view.totalMinor, view.currency, ownerLocale);
    const toOwner = async (reply: Reply) => {
      if (view.ownerId === ctx.actor.userId) replies.push(reply);
      else await scope.outbox(ctx.notifier, ctx.now).toUser(view.ownerId, reply);
    };
    if (event.kind !== "submitted" && event.kind !== "commented") {
      await scope.updateCards(entity, { card: approvalCard(view, cardCtx) }, ctx.now);
    }
    switch (event.kind) {
      case "submitted":
        if (!(await postStep(scope, ctx, view, event.next, cardCtx)))
          await toOwner({ text: QM.unreachable[ownerLocale](view.number, name(event.next.approverId)) });
        return;
      case "step-approved":
        await toOwner({ text: QM.approvedStep[ownerLocale](view.number, name(event.decided.decidedById), name(event.next.approverId)) });
        if (!(await postStep(scope, ctx, view, event.next, cardCtx)))
          await toOwner({ text: QM.unreachable[ownerLocale](view.number, name(event.next.approverId)) });
        return;
      case "approved": {
        const contact = view.company.contacts[0];
        const pdf = await renderQuotePdf(view, {
          timeZone: view.owner.timezone,
          now: ctx.now,
          settings: ctx.quoteSettings,
          ...(contact ? { contactName: contact.name } : {}),
        });
        const file = await ctx.files.save(`quote-${view.number}`, "pdf", pdf);
        const moved = event.dealMoved && view.deal ? `\n${QM.dealMoved[ownerLocale](view.deal.number)}` : "";
        await toOwner({
          text: `${QM.approvedFinal[ownerLocale](view.number, total)}${moved}`,
          attachment: { fileName: file.fileName, mimeType: "application/pdf", path: file.path },
        });
        return;
      }
      case "rejected":
        await toOwner({ text: QM.rejected[ownerLocale](view.number, name(event.decided.decidedById), event.decided.comment ?? "") });
        return;
      case "commented":
        await toOwner({ text: QM.commented[ownerLocale](view.number, name(event.approval.approverId), event.comment) });
        return;
      default:
        assertNever(event);
    }
  };
  return { handler, replies };
}

/** The approval card goes to the team's approvals chats; without one, to the approver directly. False: reached nobody. */
async function postStep(scope: ChangeScope, ctx: TurnContext, view: QuoteView, step: ApprovalRow, cardCtx: QuoteCardContext): Promise<boolean> {
  if (!step.approverId) return false;
  const out = scope.outbox(ctx.notifier, ctx.now);
  const reply: Reply = { card: approvalCard(view, cardCtx) };
  const cardFor = { entityType: "quote", entityId: view.id };
  const posted = view.owner.teamId ? await out.toTeam(view.owner.teamId, "approvals", reply, { cardFor }) : 0;
  if (posted > 0) {
    const approver = await scope.user(step.approverId);
    const locale = asLocale(approver?.locale);
    const total = formatMoney(view.totalMinor, view.currency, locale);
    const notice = QM.approvalRequest[locale](view.number, view.owner.name, total);
    // Where the group shows the card without pressable buttons (a WeCom group robot, WeChat), the approver gets them directly.
    if (view.owner.teamId && ((await out.buttonlessTeamChats?.(view.owner.teamId, "approvals")) ?? 0) > 0) {
      const own = { locale, timeZone: approver?.timezone ?? cardCtx.timeZone };
      await out.toUser(step.approverId, { text: notice, card: approvalCard(view, own) }, { cardFor });
    } else {
      await out.toUser(step.approverId, { text: notice });
    }
    return true;
  }
  return (await out.toUser(step.approverId, reply, { cardFor })) > 0;
}

/** Cards in a group speak the team's language; a team-less quote uses its current approver's. */
async function groupCardContext(scope: ChangeScope, view: QuoteView): Promise<QuoteCardContext> {
  const team = await scope.team(view.owner.teamId);
  if (team) return { locale: asLocale(team.locale), timeZone: team.timezone };
  const approverId = view.currentApproval?.approverId;
  const approver = await scope.user(approverId);
  return { locale: asLocale(approver?.locale ?? view.owner.locale), timeZone: approver?.timezone ?? view.owner.timezone };
}

function assertNever(value: never): never {
  throw new Error(`unhandled quote event ${JSON.stringify(value)}`);
}
