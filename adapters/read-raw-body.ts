import type { Context } from "koa";

/** Largest callback body accepted: the shared koa app's JSON ceiling; platform callbacks are a few kilobytes. */
export const MAX_CALLBACK_BYTES = 1024 * 1024;

/**
 * The exact request bytes, as the platform signed them. JSON bodies were read by the global body
 * parser, which keeps rawBody; XML (WeCom) and form-urlencoded bodies (Slack slash commands,
 * interactivity) are left unread and read here from the stream, with a size limit (413 beyond it).
 */
export async function readRawBody(ctx: Context, limit = MAX_CALLBACK_BYTES): Promise<string> {
  const kept = (ctx.request as { rawBody?: unknown }).rawBody;
  if (typeof kept === "string") return kept;
  const declared = Number(ctx.get("content-length") || 0);
  if (Number.isFinite(declared) && declared > limit) ctx.throw(413, "request body too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) ctx.throw(413, "request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
