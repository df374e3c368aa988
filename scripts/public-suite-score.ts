/**
 * Scores bot/parse against Microsoft Recognizers-Text's public spec files (a dev tool, not a test).
 *
 * Counting rule: a date case is right when every expected result is matched by a date parseDates found
 * (its date or one of its alternatives, a period by its start, plus the clock time when one is expected and
 * is not a part of day's convention; an open range ("before 2018", 或之前) by its end or by reading nothing;
 * "end of year" / "by end of this month" and an unresolved season ("2017-SU") by any day inside the suite's
 * window or the season's three months; durations, recurrences and
 * unresolved values are right when we read no date from their words); a money case when parseAmount's one
 * amount has an expected value (rounded to the minor unit a deal stores; cents and pence are hundredths) and
 * currency; a numeral when parseChineseNumber reads the expected span to its value (an approximation such as
 * 十多万 also when refused). Cases flagged NotSupported / NotSupportedByDesign for javascript are skipped.
 *
 *   npx tsx scripts/public-suite-score.ts [mirror] [--zone UTC] [--failures .tmp/public-suite-failures.txt] [--with-flagged]
 *
 * `--with-flagged` also scores the cases flagged unsupported in JavaScript (a stricter figure).
 *
 * `mirror` (or PUBLIC_SUITES_MIRROR) is a clone of github.com/microsoft/Recognizers-Text: a bare git
 * directory (read at HEAD) or a checked-out tree.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type SpecCase, type Verdict, scoreDateCase, scoreMoneyCase, scoreNumberCase } from "./public-suite-match.js";

const SUITES: Array<{ name: string; path: string; score: (c: SpecCase, zone: string) => Verdict[] }> = [
  { name: "dates zh", path: "Specs/DateTime/Chinese/DateTimeModel.json", score: scoreDateCase },
  { name: "dates en", path: "Specs/DateTime/English/DateTimeModel.json", score: scoreDateCase },
  { name: "money en", path: "Specs/NumberWithUnit/English/CurrencyModel.json", score: (c) => scoreMoneyCase(c) },
  { name: "money zh", path: "Specs/NumberWithUnit/Chinese/CurrencyModel.json", score: (c) => scoreMoneyCase(c) },
  { name: "numerals zh", path: "Specs/Number/Chinese/NumberModel.json", score: (c) => scoreNumberCase(c) },
];

/** The kinds that are a date or time the bot acts on (no durations, recurrences or empty cases). */
const DATE_KINDS = new Set(["date", "daterange", "datetime", "datetimerange", "time", "timerange"]);

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function readSpec(mirror: string, path: string): SpecCase[] {
  // a checked-out tree, else a bare clone read at HEAD (git's own complaint is replaced by ours)
  const text = existsSync(join(mirror, path))
    ? readFileSync(join(mirror, path), "utf8")
    : execFileSync("git", ["-C", mirror, "show", `HEAD:${path}`], { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "ignore"] });
  return JSON.parse(text.replace(/^\uFEFF/, "")) as SpecCase[];
}

function skipped(c: SpecCase): boolean {
  return /javascript|\ball\b/i.test(`${c.NotSupported ?? ""},${c.NotSupportedByDesign ?? ""}`);
}

const pct = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : "-");

function main(): void {
  const args = process.argv.slice(2);
  const zone = option(args, "--zone") ?? "UTC";
  const failuresFile = option(args, "--failures") ?? ".tmp/public-suite-failures.txt";
  const positional = args.filter((a, i) => !a.startsWith("--") && !["--zone", "--failures"].includes(args[i - 1] ?? ""));
  const mirror = positional[0] ?? process.env.PUBLIC_SUITES_MIRROR ?? "/work/.mirror/microsoft+Recognizers-Text/repo";
  if (!existsSync(mirror)) {
    console.error(`No Recognizers-Text mirror at ${mirror}: pass its path as the first argument or in PUBLIC_SUITES_MIRROR.`);
    process.exit(2);
  }
  const failures: string[] = [];
  console.log(`zone ${zone}; a case counts when all its expected results match (see the rule at the top of this script)`);
  for (const suite of SUITES) {
    let cases: SpecCase[];
    try {
      cases = readSpec(mirror, suite.path);
    } catch {
      console.error(`${suite.name}: ${suite.path} is not in ${mirror}`);
      continue;
    }
    const scored = args.includes("--with-flagged") ? cases : cases.filter((c) => !skipped(c));
    const byKind = new Map<string, { right: number; total: number }>();
    let right = 0;
    let dateRight = 0;
    let dateTotal = 0;
    for (const c of scored) {
      const verdicts = suite.score(c, zone);
      if (verdicts.length === 0) continue;
      const ok = verdicts.every((v) => v.right);
      if (ok) right += 1;
      if (verdicts.every((v) => DATE_KINDS.has(v.kind))) {
        dateTotal += 1;
        if (ok) dateRight += 1;
      }
      for (const v of verdicts) {
        const k = byKind.get(v.kind) ?? { right: 0, total: 0 };
        k.total += 1;
        if (v.right) k.right += 1;
        byKind.set(v.kind, k);
      }
      if (!ok) {
        const wanted = c.Results.map((r) => `${r.Text}=${JSON.stringify(r.Resolution?.values?.[0] ?? r.Resolution)}`).join(" ; ") || "nothing";
        failures.push(
          `[${suite.name}] ${verdicts.map((v) => v.kind).join(",")} ref ${c.Context?.ReferenceDateTime ?? "-"}\n  in:   ${c.Input}\n  want: ${wanted}\n  got:  ${verdicts[0]?.got}`,
        );
      }
    }
    const kinds = [...byKind.entries()].sort((a, b) => b[1].total - a[1].total).map(([k, v]) => `${k} ${pct(v.right, v.total)} (${v.right}/${v.total})`);
    const dateLine = suite.path.includes("DateTime") ? `; dates and times only ${pct(dateRight, dateTotal)} (${dateRight}/${dateTotal})` : "";
    // numerals: a case expecting no number is not scored (see scoreNumberCase)
    const counted = suite.name.startsWith("numerals") ? scored.filter((c) => c.Results.length > 0).length : scored.length;
    console.log(`${suite.name.padEnd(12)} ${pct(right, counted)} (${right}/${counted}, ${cases.length - scored.length} skipped)${dateLine}`);
    console.log(`  by type: ${kinds.join(", ")}`);
  }
  mkdirSync(dirname(failuresFile), { recursive: true });
  writeFileSync(failuresFile, `${failures.join("\n")}\n`);
  console.log(`${failures.length} failing cases listed in ${failuresFile}`);
}

main();
