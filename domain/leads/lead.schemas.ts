import { z } from "zod";
import { labelSchema, nameSchema } from "../shared/clean-name.js";
import { phoneSchema } from "../companies/company.schemas.js";

/** Where leads come from; the pool, the score and the campaign report group by it. */
export const LEAD_SOURCES = ["chat", "web", "ads", "trade-show", "referral", "wecom", "import", "other"] as const;
export type LeadSourceKind = (typeof LEAD_SOURCES)[number];

export const LEAD_STATUSES = ["new", "contacted", "qualified", "converted", "disqualified"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
/** Statuses of a lead still being worked (claimable, counted against a rep's cap, returned to the pool when idle). */
export const OPEN_LEAD_STATUSES: readonly LeadStatus[] = ["new", "contacted", "qualified"];

export const leadInputSchema = z
  .object({
    name: nameSchema(100),
    companyName: nameSchema(200).optional(),
    title: labelSchema(100).optional(),
    phone: phoneSchema.optional(),
    email: z.email().max(200).optional(),
    wechatId: labelSchema(100).optional(),
    /** A province, city or any label (华东, West Coast): rule lead-assign matches it to reps' territories. */
    region: labelSchema(100).pipe(z.string().min(1)).optional(),
    industry: labelSchema(100).pipe(z.string().min(1)).optional(),
    source: z.enum(LEAD_SOURCES).default("chat"),
    /** A campaign by its name (it must exist). */
    campaign: nameSchema(100).optional(),
    notes: z.string().trim().max(2000).optional(),
    /** The posting source's own id for it: the same id again is the same lead. */
    externalId: z.string().trim().min(1).max(200).optional(),
  })
  .refine((l) => l.phone || l.email || l.wechatId || l.companyName, { message: "a phone, email, WeChat or company", path: ["phone"] });
export type LeadInput = z.input<typeof leadInputSchema>;

/** The fields of a lead a rep may correct after it was made (`lead 3 phone 138…`). */
export const LEAD_EDIT_FIELDS = ["name", "companyName", "title", "phone", "email", "wechatId", "region", "industry"] as const;
export type LeadEditField = (typeof LEAD_EDIT_FIELDS)[number];

/** One corrected value; an empty value clears it (not the name). */
export const leadEditSchemas: Record<LeadEditField, z.ZodType<string | null>> = {
  name: nameSchema(100),
  companyName: nameSchema(200).nullable(),
  title: labelSchema(100).nullable(),
  phone: phoneSchema.nullable(),
  email: z.email().max(200).nullable(),
  wechatId: labelSchema(100).nullable(),
  region: labelSchema(100).nullable(),
  industry: labelSchema(100).nullable(),
};

export const campaignInputSchema = z.object({
  name: nameSchema(100),
  channel: labelSchema(50).optional(),
  startsAt: z.date().optional(),
  endsAt: z.date().optional(),
  costMinor: z.number().int().min(0).max(1e15).default(0),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default("CNY"),
});
export type CampaignInput = z.input<typeof campaignInputSchema>;
