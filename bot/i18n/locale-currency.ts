import type { Locale } from "../types.js";

/** The currency a bare number means, and a new deal without an amount starts in: ¥ for 中文 users, $ for English. */
export const localeCurrency = (locale: Locale): string => (locale === "zh" ? "CNY" : "USD");
