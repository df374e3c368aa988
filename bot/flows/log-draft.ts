import type { ActivityKind } from "../parse/types.js";
/** A sentence being logged, with what has been settled so far (by lookup or by the user's answers). */
export interface LogDraft {
  text: string;
  /** When the sentence was first received, so "tomorrow" keeps its meaning across questions. */
  receivedAt: string;
  companyId?: string;
  contactId?: string;
  /** null: the user chose not to attach a deal. */
  dealId?: string | null;
  createCompany?: string;
  skipFollowUp?: boolean;
  /** The answer to "apply this big deal change?": apply it, or log the sentence and leave the deal as it is. */
  dealChange?: "apply" | "skip";
  /** "推迟到下周四": the open follow-up that gets the new date, or "new" to add one beside it. */
  moveFollowUp?: string;
  /** The user chose not to link any of the contacts that fit the sentence. */
  skipContact?: boolean;
  /** "京东和阿里巴巴都打了电话": the user chose to log the sentence once on each of these customers. */
  eachCompany?: string[];
  /** Logged on one of those customers: the clauses about it, read for its kind, day and figure (flows/clause-of-company.ts). */
  focus?: string;
  /** "预算一百五": the size the user chose for a figure said without a unit (10000 for 万, 0: no amount). */
  amountScale?: number;
  /** The customer has open deals this user may not see: the sentence opens no second one beside them. */
  othersDeal?: boolean;
  /** "mtg w/ initch": the customer's name as mistyped, logged on the one it nearly spells (the reply says so). */
  readAs?: string;
  /** The kind the message is, whatever its words say: a forwarded e-mail ("Fwd: RE: renewal quote") is an e-mail. */
  kind?: ActivityKind;
}

export type LogPatch = Partial<Omit<LogDraft, "text" | "receivedAt">>;
