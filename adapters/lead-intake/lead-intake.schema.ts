import type { z } from "zod";
import { leadInputSchema } from "../../domain/leads/lead.schemas.js";

/**
 * Hidden form fields a person never sees and so never fills in; a spam bot filling every input
 * does. A submission with any of them non-empty is answered like a success and not stored.
 */
export const HONEYPOT_FIELDS = ["website", "url", "_hp"] as const;

/** The payload fields the endpoint reads (lead.schemas.ts says what each may hold); anything else is ignored. */
export const LEAD_FIELDS = [
  "name",
  "companyName",
  "title",
  "phone",
  "email",
  "wechatId",
  "region",
  "industry",
  "source",
  "campaign",
  "notes",
  "externalId",
] as const;

/** Ad platforms send these as JSON numbers as often as strings (a phone, a numeric lead id). */
const NUMBER_AS_TEXT = new Set<string>(["phone", "externalId"]);

export type LeadPayload = z.output<typeof leadInputSchema>;
export interface FieldIssue {
  field: string;
  message: string;
}

export type ParsedBody = { ok: true; payload: Record<string, unknown> } | { ok: false; error: string };

/**
 * The request body as field → value: a JSON object, or a form (application/x-www-form-urlencoded,
 * what a plain HTML form posts; a repeated field keeps its first value).
 */
export function parseBody(raw: string, kind: "json" | "form"): ParsedBody {
  if (kind === "form") {
    const payload: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(raw)) if (!(key in payload)) payload[key] = value;
    return { ok: true, payload };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, error: "invalid JSON" };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { ok: false, error: "the body must be a JSON object" };
  return { ok: true, payload: parsed as Record<string, unknown> };
}

export function honeypotFilled(payload: Record<string, unknown>): boolean {
  return HONEYPOT_FIELDS.some((field) => {
    const value = payload[field];
    if (value === undefined || value === null || value === false) return false;
    return typeof value !== "string" || value.trim() !== "";
  });
}

/**
 * The payload as a lead input: only the known fields, blank ones dropped (a form sends every
 * input, filled or not), `source` "web" unless given, `externalId` from the Idempotency-Key header
 * when the body has none. Every problem is listed, not only the first.
 */
export function toLeadInput(payload: Record<string, unknown>, idempotencyKey?: string): { ok: true; lead: LeadPayload } | { ok: false; issues: FieldIssue[] } {
  const picked: Record<string, unknown> = {};
  for (const field of LEAD_FIELDS) {
    let value = payload[field];
    if (typeof value === "number" && NUMBER_AS_TEXT.has(field) && Number.isSafeInteger(value)) value = String(value);
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) continue;
    picked[field] = value;
  }
  picked.source ??= "web";
  if (picked.externalId === undefined && idempotencyKey?.trim()) picked.externalId = idempotencyKey;
  const parsed = leadInputSchema.safeParse(picked);
  if (parsed.success) return { ok: true, lead: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "body", message: i.message }));
  // A phone fails two checks with the same message; it is listed once.
  return { ok: false, issues: issues.filter((i, n) => issues.findIndex((j) => j.field === i.field && j.message === i.message) === n) };
}
