import { z } from "zod";
import { nameSchema } from "../shared/clean-name.js";

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "currency");

// Minor units; the ceiling keeps amounts far inside JavaScript's safe integer range.
export const amountMinorSchema = z.number().int().min(0).max(1e15);

export const dealInputSchema = z.object({
  companyId: z.string().min(1),
  title: nameSchema(200).optional(),
  amountMinor: amountMinorSchema.default(0),
  currency: currencySchema.default("CNY"),
  stageKey: z.string().min(1).optional(),
  expectedCloseAt: z.date().optional(),
  ownerId: z.string().min(1).optional(),
});
export type DealInput = z.input<typeof dealInputSchema>;

export const dealUpdateSchema = z.object({
  title: nameSchema(200).optional(),
  amountMinor: amountMinorSchema.optional(),
  currency: currencySchema.optional(),
  expectedCloseAt: z.date().nullable().optional(),
  endsAt: z.date().nullable().optional(),
  startsAt: z.date().nullable().optional(),
  /** Percent; null = the stage's probability again. */
  probability: z.number().int().min(0).max(100).nullable().optional(),
  lostReason: z.string().trim().min(1).max(300).nullable().optional(),
});
export type DealUpdate = z.input<typeof dealUpdateSchema>;
