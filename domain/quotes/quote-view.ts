import type { DbOrTx } from "../shared/db.js";
import { NotFoundError } from "../shared/errors.js";

/** A quote with everything a card, a notification or the PDF needs, plus names of the people on it. */
export async function loadQuoteView(db: DbOrTx, quoteId: string) {
  const quote = await db.quote.findUnique({
    where: { id: quoteId },
    include: {
      lines: { orderBy: { position: "asc" } },
      approvals: { orderBy: { step: "asc" } },
      // The customer's first contact is the quote's addressee (联系人 / Attn.) on the document.
      company: { include: { contacts: { select: { name: true }, orderBy: { createdAt: "asc" }, take: 1 } } },
      deal: { include: { stage: true } },
    },
  });
  if (!quote) throw new NotFoundError("quote", quoteId);
  const ids = [quote.ownerId, ...quote.approvals.flatMap((a) => [a.approverId, a.decidedById])].filter((id): id is string => id !== null);
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } } });
  const owner = users.find((u) => u.id === quote.ownerId);
  if (!owner) throw new NotFoundError("user", quote.ownerId);
  const names = Object.fromEntries(users.map((u) => [u.id, u.name])) as Record<string, string>;
  return { ...quote, owner, names, currentApproval: quote.approvals.find((a) => a.status === "pending") ?? null };
}

export type QuoteView = Awaited<ReturnType<typeof loadQuoteView>>;
export type ApprovalRow = QuoteView["approvals"][number];

/** "Q0001", "q-1", "#1", "1" → 1. */
export function quoteNumberOf(ref: string): number | null {
  const match = /^(?:q-?|#)?0*(\d{1,9})$/i.exec(ref.trim());
  return match ? Number(match[1]) : null;
}

export function formatQuoteNumber(n: number): string {
  return `Q${String(n).padStart(4, "0")}`;
}
