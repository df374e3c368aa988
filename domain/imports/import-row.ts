import { z } from "zod";
import { TIERS } from "../companies/company.schemas.js";

/**
 * One spreadsheet row after its columns were mapped (bot/imports/): a customer, optionally one of its
 * people and a deal. Values are as typed; the import validates them with the CRM's own schemas.
 */
export const importRowSchema = z.object({
  company: z.string().trim().min(1).max(200),
  industry: z.string().trim().min(1).max(100).optional(),
  region: z.string().trim().min(1).max(100).optional(),
  tier: z.enum(TIERS).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
  /** A CRM user's name. */
  owner: z.string().trim().min(1).max(100).optional(),
  contact: z.string().trim().min(1).max(100).optional(),
  jobTitle: z.string().trim().min(1).max(100).optional(),
  phone: z.string().trim().min(1).max(40).optional(),
  email: z.string().trim().min(1).max(200).optional(),
  wechat: z.string().trim().min(1).max(100).optional(),
  /** A deal: its amount already read (minor units) and/or its stage's name. */
  amount: z.object({ minor: z.number().int().nonnegative(), currency: z.string().length(3) }).optional(),
  stage: z.string().trim().min(1).max(50).optional(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** Why a row is not imported; the bot words it in the person's language. */
export type ImportProblem =
  | { code: "invalid"; field: string; value: string }
  | { code: "unknown-owner"; value: string }
  | { code: "unknown-stage"; value: string }
  | { code: "not-writable"; value: string }
  | { code: "duplicate-contact"; value: string }
  // Importing leads (lead-import-row.ts):
  /** The row names a rep outside the importer's scope (a rep gives leads only to themselves). */
  | { code: "not-assignable"; value: string }
  /** Neither a phone, an email, a WeChat id nor a company: nobody could follow the lead up. */
  | { code: "no-reach"; value: string }
  /** The person is a customer's contact already (same phone or email); `value` names the customer when the importer may see it. */
  | { code: "known-contact"; value: string }
  /** The same person is an open lead of another team, which the importer may not change. */
  | { code: "lead-elsewhere"; value: string };

/** What a row does: a new customer, an existing one updated or skipped, a repeat of an earlier row, or nothing (why). */
export type RowPlan =
  | { row: number; action: "new" | "update" | "skip" | "repeat"; company: string }
  | { row: number; action: "invalid"; problem: ImportProblem };
