import fc from "fast-check";
import { mutate, textArb } from "./fuzz-inputs.js";

/**
 * One HTTP endpoint the fuzzer attacks. Platform adapters add theirs after the merge, e.g. WeCom's
 * XML callback (contentType "text/xml", `valid` producing encrypted XML, `sign` adding msg_signature),
 * Slack's events and interactivity endpoints (`sign` adding X-Slack-Signature), DingTalk's robot
 * callback. The fuzzer sends valid bodies, mutated bodies, malformed bodies and oversized ones.
 */
export interface FuzzTarget {
  name: string;
  method: "POST" | "GET";
  path: string;
  contentType: string;
  /** Well-formed requests for this endpoint (bodies, or query objects for GET). */
  valid: fc.Arbitrary<Record<string, unknown>>;
  /** Serialises a body (JSON by default). */
  encode?: (body: unknown) => string;
  /** Headers a genuine sender adds (signatures, timestamps), computed over the raw body. */
  sign?: (rawBody: string) => Record<string, string>;
  /** Path with a query computed over the raw body (WeCom signs in the query); `path` when absent. */
  url?: (rawBody: string) => string;
  /** The platform's own acknowledgement rules; the local JSON API's rules (checkAnswer) when absent. */
  check?: (request: FuzzRequest, answer: { status: number; body: string }) => void;
}

const users = fc.constantFrom("boss", "li", "amy", "fuzz-user");
const optional = {
  eventId: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
  conversation: fc.option(fc.constantFrom("grp-1", "grp-2"), { nil: undefined }),
  locale: fc.option(fc.constantFrom("zh", "en"), { nil: undefined }),
  timezone: fc.option(fc.constantFrom("Asia/Shanghai", "Europe/Berlin", "Not/AZone"), { nil: undefined }),
};

/** The local channel's endpoints; `token` is the app's bearer token (sent with every request). */
export function localTargets(token?: string): FuzzTarget[] {
  const sign = token ? () => ({ authorization: `Bearer ${token}` }) : undefined;
  const targets: FuzzTarget[] = [
    {
      name: "local messages",
      method: "POST",
      path: "/api/local/messages",
      contentType: "application/json",
      valid: fc.record({ user: users, text: textArb, ...optional, queue: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ["user", "text"] }),
    },
    {
      name: "local actions",
      method: "POST",
      path: "/api/local/actions",
      contentType: "application/json",
      valid: fc.record(
        {
          user: users,
          actionId: fc.constantFrom("deal.move-stage", "deal.show", "followup.done", "pending.choose", "privacy.confirm", "x"),
          value: fc.string({ maxLength: 80 }),
          ...optional,
        },
        { requiredKeys: ["user", "actionId", "value"] },
      ),
    },
    {
      name: "local notifications",
      method: "GET",
      path: "/api/local/notifications",
      contentType: "application/json",
      valid: fc.record({ user: fc.option(users, { nil: undefined }), conversation: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }) }),
    },
  ];
  return sign ? targets.map((target) => ({ ...target, sign })) : targets;
}

export interface FuzzRequest {
  target: FuzzTarget;
  /** Raw body (POST) or query string (GET). */
  raw: string;
  contentType: string;
  kind: "valid" | "mutated" | "malformed" | "wrong-type" | "oversized";
}

/** Valid, mutated, malformed (truncated, garbage) and wrongly typed requests for a list of targets. */
export function requestArb(targets: FuzzTarget[]): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...targets).chain((target) => {
    const encode = target.encode ?? ((b: unknown) => JSON.stringify(b) ?? "");
    const make =
      (kind: FuzzRequest["kind"], contentType = target.contentType) =>
      (raw: string): FuzzRequest => ({ target, raw, contentType, kind });
    return fc.oneof(
      { weight: 3, arbitrary: target.valid.map((b) => make("valid")(encode(b))) },
      { weight: 3, arbitrary: mutate(target.valid).map((b) => make("mutated")(encode(b))) },
      {
        weight: 3,
        arbitrary: fc.tuple(target.valid, fc.nat(), fc.string({ unit: "binary", maxLength: 40 })).map(([b, cut, junk]) => {
          const text = encode(b);
          return make("malformed")(text.slice(0, cut % Math.max(1, text.length)) + junk);
        }),
      },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 500 }).map(make("malformed")) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(target.valid, fc.constantFrom("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""))
          .map(([b, type]) => make("wrong-type", type)(encode(b))),
      },
    );
  });
}
