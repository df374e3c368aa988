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
}

export type LogPatch = Partial<Omit<LogDraft, "text" | "receivedAt">>;
