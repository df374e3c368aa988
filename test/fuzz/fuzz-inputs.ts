import fc from "fast-check";

/**
 * Seed and size of the fuzz runs: CRM_FUZZ_SEED, CRM_FUZZ_RUNS (total across the fuzz files).
 * `npm test` uses 2,000 to keep the suite short; `npm run reliability` runs 10,000.
 */
export const FUZZ_SEED = Number(process.env.CRM_FUZZ_SEED ?? 20261125);
export const FUZZ_TOTAL = Number(process.env.CRM_FUZZ_RUNS ?? 2_000);

const SQLISH = ["'; DROP TABLE Deal;--", '" OR 1=1 --', "1; DELETE FROM Company", "%' AND '1'='1", "\\' UNION SELECT * FROM User --", "NULL", "%_%", "\u0000"];
const JSONISH = ['{"__proto__":{"admin":true}}', "[[[[[[[[[[]]]]]]]]]]", '{"a":', "null", "1e999", '"\\ud800"'];
const COMMANDS = [
  "help",
  "帮助",
  "log",
  "记录",
  "deal",
  "deal new",
  "deal move",
  "deal show",
  "deal list",
  "商机 新建",
  "商机 推进",
  "company add",
  "company show",
  "客户 添加",
  "contact add",
  "contact show",
  "contact export",
  "contact erase",
  "联系人 删除",
  "followup add",
  "followup done",
  "followup list",
  "跟进 添加",
  "ticket new",
  "工单 新建",
  "pipeline",
  "pipeline all",
  "漏斗 全部",
  "lang",
  "tz",
  "user role",
  "user team",
  "audit",
  "audit deal",
  "审计 客户",
  "/crm",
  "called",
  "跟华为的张总通了电话",
];

/** Text people (or attackers) might send: unicode of every kind, control characters, SQL- and JSON-ish, huge. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom(...SQLISH, ...JSONISH) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom("x", "商", "😀", " ", "\n", "a\u0301"), fc.integer({ min: 3_000, max: 120_000 })).map(([c, n]) => c.repeat(n)),
  },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...COMMANDS),
        fc.array(
          fc.oneof(
            fc.string({ unit: "grapheme", maxLength: 30 }),
            fc.constantFrom(...SQLISH),
            fc.constantFrom("Acme", "#1", "D-1", "20万", "200k", "明天下午3点", "tomorrow", "admin", "won", "A"),
          ),
          { maxLength: 5 },
        ),
      )
      .map(([cmd, args]) => [cmd, ...args].join(" ")),
  },
);

export const ACTION_IDS = ["deal.move-stage", "deal.show", "followup.done", "pending.choose", "privacy.confirm", "no.such-action"];

/** Any JSON-like value, for fields that should have been something else. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(undefined),
  fc.string({ maxLength: 10_000 }),
  fc.integer(),
  fc.constant(null),
);

/** Replaces, removes or adds one field of an object: the shape a buggy or hostile sender produces. */
export function mutate<T extends Record<string, unknown>>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.constantFrom("replace", "remove", "add", "nest"), fc.string({ maxLength: 20 }), junkArb).map(([obj, how, key, junk]) => {
    const keys = Object.keys(obj);
    const target = keys.length > 0 ? keys[Math.abs(hash(key)) % keys.length]! : key;
    const copy: Record<string, unknown> = { ...obj };
    if (how === "replace") copy[target] = junk;
    if (how === "remove") delete copy[target];
    if (how === "add") copy[key] = junk;
    if (how === "nest") copy[target] = { value: obj[target], junk };
    return copy;
  });
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}
