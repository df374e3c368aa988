import { z } from "zod";
import { labelSchema, nameSchema } from "../shared/clean-name.js";

export const TIERS = ["A", "B", "C"] as const;

export const companyInputSchema = z.object({
  name: nameSchema(200),
  industry: labelSchema(100).optional(),
  region: labelSchema(100).optional(),
  tier: z.enum(TIERS).default("C"),
  tags: z.array(nameSchema(50)).max(30).default([]),
});
export type CompanyInput = z.input<typeof companyInputSchema>;

/** A phone number as people type it: digits with spaces, dashes, dots or an area code in brackets, 7 to 15 digits (E.164's longest). */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().-]{7,24}$/, "phone")
  .refine((p) => {
    const digits = p.replace(/\D/g, "").length;
    return digits >= 7 && digits <= 15;
  }, "phone");

export const contactInputSchema = z.object({
  companyId: z.string().min(1),
  name: nameSchema(100),
  title: labelSchema(100).optional(),
  phone: phoneSchema.optional(),
  email: z.email().max(200).optional(),
  wechatId: labelSchema(100).optional(),
});
export type ContactInput = z.input<typeof contactInputSchema>;

/** A change to a contact from chat: any of the fields; null clears all but the name. */
export const contactPatchSchema = z
  .object({
    name: contactInputSchema.shape.name,
    title: labelSchema(100).nullable(),
    phone: phoneSchema.nullable(),
    email: z.email().max(200).nullable(),
    wechatId: labelSchema(100).nullable(),
    /** "1980-05-12", or "--05-12" without the year. */
    birthday: z
      .string()
      .regex(/^(?:\d{4}|-)-\d\d-\d\d$/u, "birthday")
      .refine(validBirthday, "birthday")
      .nullable(),
    addTags: z.array(nameSchema(50)).min(1).max(30),
    removeTags: z.array(nameSchema(50)).min(1).max(30),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, "nothing to change");
export type ContactPatch = z.input<typeof contactPatchSchema>;

/** Where a customer is in its life with us; "customer" is set on its first won deal, the rest from chat. */
export const COMPANY_STATUSES = ["prospect", "customer", "at-risk", "churned", "lost"] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

/**
 * What a rep edits on a customer from chat: name, aliases, lifecycle status, tier, industry, region,
 * tags (added and removed). null clears a text field.
 */
export const companyProfileSchema = z
  .object({
    name: nameSchema(200).optional(),
    status: z.enum(COMPANY_STATUSES).optional(),
    addAliases: z.array(nameSchema(100)).max(20).optional(),
    removeAliases: z.array(nameSchema(100)).max(20).optional(),
    tier: z.enum(TIERS).optional(),
    industry: labelSchema(100).nullable().optional(),
    region: labelSchema(100).nullable().optional(),
    addTags: z.array(nameSchema(50)).max(30).optional(),
    removeTags: z.array(nameSchema(50)).max(30).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "nothing to change" });
export type CompanyProfilePatch = z.input<typeof companyProfileSchema>;

/** A customer carries at most this many tags. */
export const MAX_TAGS = 30;
/** …and at most this many other names. */
export const MAX_ALIASES = 20;

/** A calendar day that exists (29 February only in a leap year, or when the year is not known). */
function validBirthday(value: string): boolean {
  const [year, month, day] = [value.slice(0, -6), Number(value.slice(-5, -3)), Number(value.slice(-2))];
  if (month < 1 || month > 12 || day < 1) return false;
  const y = year === "-" ? 2000 : Number(year);
  if (year !== "-" && (y < 1900 || y > 2100)) return false;
  return day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}
