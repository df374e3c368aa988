const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A birthday as people type it → "YYYY-MM-DD", or "--MM-DD" without a year: "1980-05-12",
 * "1980年5月12日", "5月12日", "5/12", "May 12", "12 May 1980", "May 12, 1980". Null when it is none
 * of these; whether the day exists is checked by the domain's schema.
 */
export function readBirthday(text: string): string | null {
  const t = text.normalize("NFKC").trim().toLowerCase().replace(/[,，]/gu, " ").replace(/\s+/gu, " ");
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/u.exec(t);
  if (full) return `${full[1]}-${pad(Number(full[2]))}-${pad(Number(full[3]))}`;
  const dayOnly = /^(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号]?$/u.exec(t);
  if (dayOnly) return `--${pad(Number(dayOnly[1]))}-${pad(Number(dayOnly[2]))}`;
  const en = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/u.exec(t) ?? null;
  const enDayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?(?: (\d{4}))?$/u.exec(t);
  const [monthWord, day, year] = en ? [en[1]!, en[2]!, en[3]] : enDayFirst ? [enDayFirst[2]!, enDayFirst[1]!, enDayFirst[3]] : [null, null, null];
  const month = monthWord ? (MONTHS[monthWord.slice(0, 3)] ?? null) : null;
  if (!month || !day) return null;
  return `${year ?? "-"}-${pad(month)}-${pad(Number(day))}`;
}
