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

/** A phone number as people type it: digits with spaces or dashes, 7 to 15 digits (E.164's longest). */
const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[\d\s-]{7,24}$/, "phone")
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
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, "nothing to change");
export type ContactPatch = z.input<typeof contactPatchSchema>;

/** What a rep edits on a customer from chat: tier, industry, region, tags (added and removed). null clears a text field. */
export const companyProfileSchema = z
  .object({
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
