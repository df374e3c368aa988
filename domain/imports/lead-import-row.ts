import { z } from "zod";
import { LEAD_SOURCES, type LeadSourceKind } from "../leads/lead.schemas.js";
import type { ImportProblem } from "./import-row.js";

/**
 * One spreadsheet row read as a lead (bot/imports/to-lead-import-rows.ts). Values are as typed,
 * except the source, already read into one of the CRM's kinds where its words say which (展会 →
 * trade-show); the import validates the rest with the lead's own schema (leadInputSchema).
 */
export const leadImportRowSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  company: z.string().trim().min(1).max(200).optional(),
  title: z.string().trim().min(1).max(100).optional(),
  phone: z.string().trim().min(1).max(40).optional(),
  email: z.string().trim().min(1).max(200).optional(),
  wechat: z.string().trim().min(1).max(100).optional(),
  region: z.string().trim().min(1).max(100).optional(),
  industry: z.string().trim().min(1).max(100).optional(),
  /** The source's kind, when its words name one. */
  source: z.enum(LEAD_SOURCES).optional(),
  /** The source cell as typed unless it is a kind's own name: it may name a campaign; naming no kind either, it is kept in the note. */
  sourceLabel: z.string().trim().min(1).max(100).optional(),
  /** A campaign by its name (linked when it exists; kept in the note when it does not). */
  campaign: z.string().trim().min(1).max(100).optional(),
  /** A CRM user's name, or 公海/pool. */
  owner: z.string().trim().min(1).max(100).optional(),
  note: z.string().trim().min(1).max(2000).optional(),
  /** When the lead came in: YYYY-MM-DD (anything else is refused). */
  date: z.string().trim().min(1).max(40).optional(),
});
export type LeadImportRow = z.infer<typeof leadImportRowSchema>;

/** What a lead row does: a new lead, an existing lead filled in or left, a repeat of an earlier row, or nothing (why). */
export type LeadRowPlan =
  | {
      row: number;
      action: "new" | "update" | "skip" | "repeat";
      name: string;
      /** The source kind the lead gets. */
      source: LeadSourceKind;
      /** A source cell that named no kind and no campaign (imported as "other", kept in the note). */
      unknownSource?: string;
      /** A campaign named that the CRM does not have (imported without it, kept in the note). */
      unknownCampaign?: string;
    }
  | { row: number; action: "invalid"; problem: ImportProblem };
