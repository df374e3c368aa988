import { z } from "zod";

export const TIERS = ["A", "B", "C"] as const;

export const companyInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  industry: z.string().trim().max(100).optional(),
  region: z.string().trim().max(100).optional(),
  tier: z.enum(TIERS).default("C"),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
});
export type CompanyInput = z.input<typeof companyInputSchema>;

export const contactInputSchema = z.object({
  companyId: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  title: z.string().trim().max(100).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s-]{5,20}$/, "phone")
    .optional(),
  email: z.email().max(200).optional(),
  wechatId: z.string().trim().max(100).optional(),
});
export type ContactInput = z.input<typeof contactInputSchema>;
