/** The keys of the default pipeline stages (seeded by the first migration), in pipeline order. */
export const DEFAULT_STAGE_KEYS = ["lead", "qualified", "proposal", "negotiation", "won", "lost"] as const;
export type StageKey = (typeof DEFAULT_STAGE_KEYS)[number];
