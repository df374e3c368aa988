import type { Context } from "koa";

/** Same ceiling as the JSON parser of the shared koa app. */
const MAX_BYTES = 1024 * 1024;

/**
 * The exact bytes Slack signed. JSON bodies were read by the global parser, which keeps rawBody;
 * form-urlencoded bodies (slash commands, interactivity) are left unread for us to read here.
 */
export async function readRawBody(ctx: Context): Promise<string> {
  const kept = (ctx.request as { rawBody?: unknown }).rawBody;
  if (typeof kept === "string") return kept;
  const declared = Number(ctx.get("content-length") || 0);
  if (declared > MAX_BYTES) ctx.throw(413, "request body too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BYTES) ctx.throw(413, "request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Slack posts JSON (Events API) or a form: interactivity wraps its JSON in `payload`, slash commands are plain fields. */
export function parseSlackBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
    return parsed as Record<string, unknown>;
  }
  const form = Object.fromEntries(new URLSearchParams(raw));
  if (typeof form.payload === "string") {
    const parsed: unknown = JSON.parse(form.payload);
    if (typeof parsed !== "object" || parsed === null) throw new Error("not an object");
    return parsed as Record<string, unknown>;
  }
  return form;
}
