import fc from "fast-check";
import type { FuzzRequest, FuzzTarget } from "./http-targets.js";
import { requestArb } from "./http-targets.js";

export interface HttpFuzzResult {
  requests: number;
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
  /** Requests per target name. */
  byTarget: Record<string, number>;
  /** Slowest answer per target in ms: reported (platforms want an ack within 3–5 s), never asserted. */
  slowestMs: Record<string, number>;
}

/** Sends one fuzz request; GET targets get the body as a query string. */
export async function send(baseUrl: string, request: FuzzRequest): Promise<{ status: number; body: string }> {
  const { target } = request;
  if (target.method === "GET") {
    let query = request.raw;
    try {
      const parsed: unknown = JSON.parse(request.raw);
      if (parsed && typeof parsed === "object")
        query = new URLSearchParams(Object.entries(parsed).map(([k, v]) => [k, typeof v === "string" ? v : (JSON.stringify(v) ?? "")])).toString();
    } catch {
      query = encodeURIComponent(request.raw);
    }
    const res = await fetch(`${baseUrl}${target.path}?${query}`, { headers: target.sign?.(query) ?? {} });
    return { status: res.status, body: await res.text() };
  }
  const headers: Record<string, string> = { ...(request.contentType ? { "content-type": request.contentType } : {}), ...(target.sign?.(request.raw) ?? {}) };
  const res = await fetch(`${baseUrl}${target.url?.(request.raw) ?? target.path}`, { method: "POST", headers, body: request.raw });
  return { status: res.status, body: await res.text() };
}

/**
 * What every answer must look like: never a 5xx, always JSON; a 200 carries replies, a 4xx says
 * what was wrong. Throws (with the request) when an answer breaks that.
 */
export function checkAnswer(request: FuzzRequest, answer: { status: number; body: string }): void {
  const where = `${request.target.name} ${request.kind} → ${answer.status}: ${answer.body.slice(0, 300)}\nrequest: ${request.raw.slice(0, 300)}`;
  if (answer.status >= 500) throw new Error(`server error: ${where}`);
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    throw new Error(`answer is not JSON: ${where}`);
  }
  const body = json as { replies?: unknown; error?: unknown; notifications?: unknown };
  if (answer.status === 200 && !Array.isArray(body.replies) && !Array.isArray(body.notifications)) throw new Error(`200 without replies: ${where}`);
  if (answer.status >= 400 && typeof body.error !== "string") throw new Error(`error without a reason: ${where}`);
  if (answer.status === 202 && (body as { accepted?: unknown }).accepted !== true) throw new Error(`202 without accepted: ${where}`);
  if (request.kind === "valid" && ![200, 202, 400].includes(answer.status)) throw new Error(`valid request refused: ${where}`);
}

/** Runs `runs` generated requests against the targets and counts the answers. */
export async function fuzzHttp(baseUrl: string, targets: FuzzTarget[], runs: number, seed: number): Promise<HttpFuzzResult> {
  const result: HttpFuzzResult = { requests: 0, byStatus: {}, byKind: {}, byTarget: {}, slowestMs: {} };
  await fc.assert(
    fc.asyncProperty(requestArb(targets), async (request) => {
      const started = Date.now();
      const answer = await send(baseUrl, request);
      const name = request.target.name;
      result.slowestMs[name] = Math.max(result.slowestMs[name] ?? 0, Date.now() - started);
      (request.target.check ?? checkAnswer)(request, answer);
      result.requests += 1;
      result.byStatus[answer.status] = (result.byStatus[answer.status] ?? 0) + 1;
      result.byKind[request.kind] = (result.byKind[request.kind] ?? 0) + 1;
      result.byTarget[request.target.name] = (result.byTarget[request.target.name] ?? 0) + 1;
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  return result;
}
