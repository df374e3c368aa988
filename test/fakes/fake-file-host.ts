import { createCipheriv } from "node:crypto";
import type http from "node:http";
import Koa from "koa";
import { listen } from "../../app/http-server.js";

/**
 * A platform's file download host: serves each file at /files/<id> with a Content-Disposition
 * naming it, and records every download. For the WeCom smart bot it serves them encrypted as the
 * platform does (AES-256-CBC, IV the key's first 16 bytes, PKCS#7 padding to 32 bytes).
 */
export class FakeFileHost {
  readonly downloads: string[] = [];
  private readonly files = new Map<string, { fileName: string; body: Buffer }>();
  private server: http.Server | undefined;
  private seq = 0;
  base = "";

  async start(): Promise<string> {
    const app = new Koa();
    app.use((ctx) => {
      const id = /^\/files\/([\w-]+)$/u.exec(ctx.path)?.[1] ?? "";
      this.downloads.push(id);
      const file = this.files.get(id);
      if (!file) {
        ctx.status = 404;
        return;
      }
      ctx.type = "application/octet-stream";
      ctx.set("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      ctx.body = file.body;
    });
    this.server = await listen(app, 0);
    const address = this.server.address();
    this.base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    return this.base;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Puts a file up (encrypted with `base64Key` when given) and returns its URL. */
  put(fileName: string, bytes: Buffer, base64Key?: string): string {
    const id = `f${++this.seq}`;
    this.files.set(id, { fileName, body: base64Key ? encryptForBot(bytes, base64Key) : bytes });
    return `${this.base}/files/${id}`;
  }
}

/** How WeCom encrypts a smart bot's media: AES-256-CBC, IV = the key's first 16 bytes, PKCS#7 to a 32-byte block. */
export function encryptForBot(bytes: Buffer, base64Key: string): Buffer {
  const key = Buffer.from(base64Key, "base64");
  const pad = 32 - (bytes.length % 32);
  const cipher = createCipheriv("aes-256-cbc", key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([bytes, Buffer.alloc(pad, pad)])), cipher.final()]);
}
