/**
 * Environment that turns every traffic limit off, for harnesses that send many requests on
 * purpose (fuzzing, replay, end-to-end runs). The limits themselves are tested in
 * test/security/burst-limits.test.ts and bot/traffic-limits.test.ts.
 */
export const NO_LIMITS_ENV = {
  CRM_RATE_LIMIT_PER_MINUTE: "0",
  CRM_SOURCE_RATE_LIMIT_PER_MINUTE: "0",
  CRM_GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
  CRM_ADDRESS_RATE_LIMIT_PER_MINUTE: "0",
  CRM_NEW_USER_LIMIT_PER_MINUTE: "0",
  CRM_NEW_USER_GLOBAL_LIMIT_PER_MINUTE: "0",
} as const;
