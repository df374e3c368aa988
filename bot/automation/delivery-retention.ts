import { z } from "zod";
import { DEFAULT_DELIVERY_RETENTION, type DeliveryRetentionPolicy } from "../../domain/retention/delivery-log-retention.service.js";

/** When the retention job runs: 03:40 in the scheduler's default zone, a quiet hour. */
export const DELIVERY_RETENTION_SCHEDULE = "40 3 * * *";

const days = (fallback: number) => z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(3650).default(fallback));

const envSchema = z
  .object({
    CRM_PAYLOAD_RETENTION_DAYS: days(DEFAULT_DELIVERY_RETENTION.payloadDays),
    CRM_DEDUPE_RETENTION_DAYS: days(DEFAULT_DELIVERY_RETENTION.keyDays),
  })
  .refine((e) => e.CRM_DEDUPE_RETENTION_DAYS >= e.CRM_PAYLOAD_RETENTION_DAYS, {
    message: "must be at least CRM_PAYLOAD_RETENTION_DAYS",
    path: ["CRM_DEDUPE_RETENTION_DAYS"],
  });

/**
 * CRM_PAYLOAD_RETENTION_DAYS (default 7): message text in finished inbox/outbox rows is dropped after this.
 * CRM_DEDUPE_RETENTION_DAYS (default 30): finished inbox keys and outbox rows are deleted after this.
 */
export function deliveryRetentionFromEnv(env: NodeJS.ProcessEnv): DeliveryRetentionPolicy {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new Error(`Invalid retention setting: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return { payloadDays: result.data.CRM_PAYLOAD_RETENTION_DAYS, keyDays: result.data.CRM_DEDUPE_RETENTION_DAYS };
}
