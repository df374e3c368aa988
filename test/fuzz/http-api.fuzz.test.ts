import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { localEventKey } from "../../adapters/local/local-event-key.js";
import { startTestApp } from "../test-app.js";
import { useTestApp } from "../use-test-app.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { FUZZ_SEED, FUZZ_TOTAL } from "./fuzz-inputs.js";
import { checkAnswer, fuzzHttp, send } from "./http-fuzz.js";
import { localTargets } from "./http-targets.js";

// Most of the suite's fuzz budget: malformed requests are cheap, valid ones run the whole bot.
const RUNS = Math.max(1, FUZZ_TOTAL - Math.round(FUZZ_TOTAL * 0.3));

const TOKEN = randomBytes(32).toString("base64url");
const auth = { authorization: `Bearer ${TOKEN}` };
const live = useTestApp({ outboxPollMs: 0, env: NO_LIMITS_ENV, apiToken: TOKEN });

describe("HTTP API fuzz (local channel targets; platform targets plug into the same list)", () => {
  it(`${RUNS} valid, mutated, malformed and mistyped requests: no 5xx, JSON answers with a reason (seed ${FUZZ_SEED})`, { timeout: 900_000 }, async () => {
    const result = await fuzzHttp(live.base, localTargets(TOKEN), RUNS, FUZZ_SEED);
    expect(result.requests).toBe(RUNS);
    expect(Object.keys(result.byStatus).every((s) => Number(s) < 500)).toBe(true);
    if (live.t.dialect === "sqlite") expect(await live.t.db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
  });

  it("bodies over 1 MB get 413 on every POST target", async () => {
    for (const target of localTargets(TOKEN).filter((x) => x.method === "POST")) {
      const raw = JSON.stringify({ user: "li", text: "x".repeat(1_100_000), actionId: "deal.show", value: "v" });
      const answer = await send(live.base, { target, raw, contentType: "application/json", kind: "oversized" });
      expect(answer.status).toBe(413);
      checkAnswer({ target, raw: "", contentType: "application/json", kind: "oversized" }, answer);
    }
  });

  it("a text over the stored limit is refused kindly, not cut", async () => {
    const target = localTargets(TOKEN)[0]!;
    const answer = await send(live.base, {
      target,
      raw: JSON.stringify({ user: "li", text: "很".repeat(5000) }),
      contentType: "application/json",
      kind: "valid",
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("5000");
  });
});

describe("rate limit over HTTP", () => {
  it("answers 429 with Retry-After and a friendly text, and records nothing", async () => {
    const limited = await startTestApp({ outboxPollMs: 0, env: { CRM_RATE_LIMIT_PER_MINUTE: "1", CRM_RATE_LIMIT_BURST: "2" }, apiToken: TOKEN });
    const url = `${limited.base}/api/local/messages`;
    const post = (eventId: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...auth },
        body: JSON.stringify({ user: "amy", text: "help", eventId, locale: "en" }),
      });
    try {
      expect((await post("e1")).status).toBe(200);
      expect((await post("e2")).status).toBe(200);
      const refused = await post("e3");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.text()).toContain("too fast");
      expect(await limited.app.db.processedEvent.count({ where: { eventId: localEventKey("amy", "e2") } })).toBe(1);
      expect(await limited.app.db.processedEvent.count({ where: { eventId: localEventKey("amy", "e3") } })).toBe(0);
    } finally {
      await limited.close();
    }
  });
});
