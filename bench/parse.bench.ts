import * as chrono from "chrono-node";
import { parseSentence } from "../bot/parse/parse-sentence.js";
import { BENCH_SENTENCES } from "./parse-sentences.js";
import { type RunResult, timeEach } from "./stats.js";

const NOW = new Date("2026-11-25T02:00:00Z");

/**
 * Parse only, no database: our whole sentence parser against the baseline of chrono-node's
 * English and Chinese date parsers alone on the same sentences, so accuracy work that makes
 * the common path slow shows up as a falling ratio.
 */
export async function benchParse(ops: number): Promise<{ baseline: RunResult; runs: RunResult[] }> {
  const pick = (i: number) => BENCH_SENTENCES[i % BENCH_SENTENCES.length]!;
  // One untimed pass loads lazy dictionaries and warms the JIT for both sides alike.
  for (const text of BENCH_SENTENCES) {
    parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    chrono.parse(text, NOW);
    chrono.zh.parse(text, NOW);
  }
  const baseline = await timeEach("chrono-node alone (en + zh parsers)", ops, (i) => {
    const text = pick(i);
    chrono.parse(text, NOW);
    chrono.zh.parse(text, NOW);
  });
  const run = await timeEach("parseSentence (dates, amount, names, kind)", ops, (i) => {
    parseSentence(pick(i), { now: NOW, timezone: i % 2 ? "Asia/Shanghai" : "America/New_York" });
  });
  return { baseline, runs: [run] };
}
