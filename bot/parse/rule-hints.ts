/**
 * Cheap "could this rule match at all?" tests. Most messages name no date, yet every
 * English rule family ran its patterns over them; each family now first checks for a
 * word every one of its patterns needs and returns nothing without it. The hints use the
 * same `iu` flags as the patterns, so whatever a pattern matches the hint matches too
 * (case folding included): skipping only ever skips work that would have found nothing.
 */

/** Every English month name ("Jan", "Sept.", "december") contains one of these stems. */
export const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;
