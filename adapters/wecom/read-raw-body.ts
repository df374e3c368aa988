import type { Context } from "koa";

/** Largest callback body accepted; WeCom's encrypted messages are a few kilobytes. */
export const MAX_CALLBACK_BYTES = 1024 * 1024;

/**
 * The request body as text. The global body parser only parses JSON (and then keeps rawBody);
 * WeCom posts XML, which is read here from the stream with a size limit (413 beyond it).
 */
export async function readRawBody(ctx: Context, limit = MAX_CALLBACK_BYTES): Promise<string> {
  const parsed = (ctx.request as { rawBody?: unknown }).rawBody;
  if (typeof parsed === "string") return parsed;
  const declared = Number(ctx.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) ctx.throw(413, "body too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) ctx.throw(413, "body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
