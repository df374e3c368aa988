import { importMaxBytes } from "../../bot/imports/import-limit.js";
import fs from "node:fs";
import type Router from "@koa/router";
import { z } from "zod";
import type { Bot } from "../../bot/bot.js";
import type { Inbox } from "../../bot/inbox.js";
import type { FileStore } from "../../bot/documents/file-store.js";
import type { BotResponse, Reply } from "../../bot/types.js";
import { renderPlainText } from "../../cards/render-plain-text.js";
import type { FileLinks } from "./file-links.js";
import { localEventKey } from "./local-event-key.js";
import type { LocalSender } from "./local-sender.js";

const userSchema = z.string().trim().min(1).max(200);
const optional = {
  /** Optional delivery id: repeating it makes the call idempotent, like a platform retry. */
  eventId: z.string().min(1).max(200).optional(),
  conversation: z.string().min(1).max(200).optional(),
  displayName: z.string().max(200).optional(),
  locale: z.enum(["zh", "en"]).optional(),
  timezone: z.string().max(100).optional(),
};
const messageBody = z.object({
  user: userSchema,
  text: z.string().max(100_000),
  ...optional,
  /** Go through the durable inbox like a platform adapter: 202 once recorded, replies to the notifications. */
  queue: z.boolean().optional(),
});
const notificationsQuery = z.object({ user: userSchema.optional(), conversation: z.string().min(1).max(200).optional() });
const importQuery = z.object({
  user: userSchema,
  /** The file's name as the person knows it ("客户名单.xlsx"). */
  name: z.string().trim().min(1).max(255),
  ...optional,
});
const actionBody = z.object({ user: userSchema, actionId: z.string().min(1).max(255), value: z.string().max(2000), ...optional });

export interface LocalHttpDeps {
  /** Signs the download links of attachments and checks them on download. */
  links: FileLinks;
  sender?: LocalSender;
  files?: FileStore;
  /** The way in: a message is recorded, answered and returned in the request, or queued (queue: true). */
  inbox: Inbox;
}

/**
 * The local channel over HTTP, for scripts and tests: the same bot a chat platform reaches,
 * with replies returned as JSON (each card also rendered as plain text). Authentication and the
 * Host/Origin checks are localApiGuard's, in front of these routes.
 */
export function localHttpRoutes(bot: Bot, { links, sender, files, inbox }: LocalHttpDeps) {
  const present = presenter(links);
  return (router: Router) => {
    router.post("/api/local/messages", async (ctx) => {
      const body = messageBody.safeParse(ctx.request.body);
      if (!body.success) return badRequest(ctx, body.error);
      if (body.data.queue) return queue(ctx, bot, inbox, body.data, present);
      const response = await inbox.handle({ type: "message", ...common(body.data), text: body.data.text });
      answer(ctx, response, present);
    });
    router.post("/api/local/actions", async (ctx) => {
      const body = actionBody.safeParse(ctx.request.body);
      if (!body.success) return badRequest(ctx, body.error);
      const { actionId, value } = body.data;
      const response = await inbox.handle({ type: "card.action", ...common(body.data), actionId, value });
      answer(ctx, response, present);
    });
    // A spreadsheet to import: the raw bytes (any content type) are kept in the files store, then
    // the bot previews the import like a file sent in a chat; nothing is imported before a confirmation.
    router.post("/api/local/imports", async (ctx) => {
      const query = importQuery.safeParse(ctx.query);
      if (!query.success) return badRequest(ctx, query.error);
      if (!files) return ctx.throw(503, "no file store");
      const extension = /\.(xlsx|csv)$/iu.exec(query.data.name)?.[1]?.toLowerCase() ?? "bin";
      const stored = await files.create("import", extension);
      const limit = importMaxBytes();
      if (!(await streamToFile(ctx.req, stored.path, limit))) {
        await fs.promises.rm(stored.path, { force: true });
        ctx.status = 413;
        ctx.body = { error: "file too large", limitBytes: limit };
        return;
      }
      const response = await inbox.handle({ type: "file", ...common(query.data), fileName: query.data.name, storedName: stored.fileName });
      // A repeated eventId was answered before: this copy is not needed.
      if (response.duplicate) await fs.promises.rm(stored.path, { force: true });
      answer(ctx, response, present);
    });
    // Messages the bot started itself (digests, alerts, approvals) for a local user or group.
    router.get("/api/local/notifications", (ctx) => {
      const query = notificationsQuery.safeParse(ctx.query);
      if (!query.success) return badRequest(ctx, query.error);
      const list = sender?.list(query.data) ?? [];
      ctx.body = { notifications: list.map((d) => ({ id: d.id, at: d.at, target: d.target, replaces: d.replaces, ...present(d.reply) })) };
    });
    // Generated documents (quote PDFs) that replies attach, through the signed link only: a
    // missing, wrong or expired signature is refused before the file system is looked at.
    router.get("/api/local/files/:name", async (ctx) => {
      const name = ctx.params.name ?? "";
      if (!links.verify(name, ctx.query.exp, ctx.query.sig)) {
        ctx.status = 403;
        ctx.body = { error: "forbidden" };
        return;
      }
      const full = files?.resolve(name);
      if (!full || !fs.existsSync(full)) {
        ctx.status = 404;
        ctx.body = { error: "not found" };
        return;
      }
      // A chart opens as a picture in the browser; anything else downloads. Nothing is sniffed into HTML.
      const picture = full.endsWith(".png");
      ctx.type = full.endsWith(".pdf") ? "application/pdf" : picture ? "image/png" : "application/octet-stream";
      ctx.set("x-content-type-options", "nosniff");
      ctx.set("content-disposition", `${picture ? "inline" : "attachment"}; filename="${ctx.params.name}"`);
      ctx.body = fs.createReadStream(full);
    });
  };
}

function common(body: z.infer<typeof messageBody> | z.infer<typeof actionBody> | z.infer<typeof importQuery>) {
  return {
    channel: "local",
    ...(body.eventId ? { eventId: localEventKey(body.user, body.eventId) } : {}),
    user: {
      platformUserId: body.user,
      displayName: body.displayName ?? body.user,
      ...(body.locale ? { locale: body.locale } : {}),
      ...(body.timezone ? { timezone: body.timezone } : {}),
    },
    conversation: { id: body.conversation ?? `dm:${body.user}`, kind: body.conversation ? ("group" as const) : ("direct" as const) },
  };
}

/**
 * The platform-adapter path over HTTP: check the rate limit, record the event in the durable inbox,
 * acknowledge with 202; the bot answers through the outbox (GET /api/local/notifications).
 */
async function queue(
  ctx: { status: number; body: unknown; set(field: string, value: string): void },
  bot: Bot,
  inbox: Inbox,
  body: z.infer<typeof messageBody>,
  present: Present,
) {
  const event = { type: "message" as const, ...common(body), text: body.text };
  if (!event.eventId) {
    ctx.status = 400;
    ctx.body = { error: "invalid request", issues: [{ path: "eventId", message: "required when queue is true" }] };
    return;
  }
  const refused = await bot.admit(event);
  if (refused) {
    ctx.status = 429;
    ctx.set("Retry-After", String(Math.max(1, Math.ceil(refused.retryAfterMs / 1000))));
    ctx.body = { error: "rate limited", replies: [present(refused.reply)] };
    return;
  }
  const outcome = await inbox.receive(
    { ...event, eventId: event.eventId },
    { conversationId: event.conversation.id, kind: event.conversation.kind, platformUserId: body.user },
    { admitted: true },
  );
  ctx.status = 202;
  ctx.body = { duplicate: outcome === "duplicate", accepted: true };
}

type Present = (reply: Reply) => Record<string, unknown>;

/** 429 with Retry-After when the sender is over the rate limit (nothing was recorded; retry later). */
function answer(ctx: { status: number; body: unknown; set(field: string, value: string): void }, response: BotResponse, present: Present) {
  if (response.rateLimited) {
    ctx.status = 429;
    ctx.set("Retry-After", String(Math.max(1, Math.ceil(response.rateLimited.retryAfterMs / 1000))));
    ctx.body = { error: "rate limited", duplicate: false, replies: response.replies.map(present) };
    return;
  }
  ctx.body = { duplicate: response.duplicate ?? false, replies: response.replies.map(present) };
}

function presenter(links: FileLinks): Present {
  return (reply) => {
    // Attachments are offered as a signed download link; the server's file path stays on the server.
    const { attachment, ...rest } = reply;
    return {
      ...rest,
      ...(reply.card ? { plainText: renderPlainText(reply.card).text } : {}),
      ...(attachment ? { attachment: { fileName: attachment.fileName, mimeType: attachment.mimeType, url: links.url(attachment.fileName) } } : {}),
    };
  };
}

function badRequest(ctx: { status: number; body: unknown }, error: z.ZodError) {
  ctx.status = 400;
  ctx.body = { error: "invalid request", issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
}

/** Writes the request body to the file; false (the caller removes the file) once it passes `limit` bytes. */
async function streamToFile(body: AsyncIterable<Buffer | string>, file: string, limit: number): Promise<boolean> {
  const out = fs.createWriteStream(file);
  let size = 0;
  try {
    for await (const chunk of body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += buffer.length;
      if (size > limit) return false;
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
    return true;
  } finally {
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
}
