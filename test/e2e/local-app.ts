import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixedClock } from "../../domain/shared/clock.js";
import { startTestApp } from "../test-app.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";

export interface ReplyJson {
  text?: string;
  plainText?: string;
  visibility?: string;
  updatesSource?: boolean;
  attachment?: { fileName: string; mimeType: string; url: string };
  card?: { title: string; blocks: { type: string; buttons?: { label: string; actionId: string; value: string }[] }[] };
}
export interface Answer {
  replies: ReplyJson[];
  duplicate: boolean;
}

/**
 * The whole app (createCrmApp) on a fresh database and a fixed clock, reached over the local HTTP
 * channel with its bearer token (`token`, `auth` for requests a test builds itself).
 */
export async function startLocalApp(now: Date, options: { env?: Record<string, string> } = {}) {
  const clock = fixedClock(now);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-files-"));
  // The clock is frozen, so a per-user rate limit would never refill over a scripted conversation.
  const env = { ...NO_LIMITS_ENV, ...options.env };
  const token = randomBytes(32).toString("base64url");
  const started = await startTestApp({ clock, outboxPollMs: 0, filesDir, env, apiToken: token });
  const { t, app, base } = started;
  const auth = { authorization: `Bearer ${token}` };
  const post = async (route: string, body: unknown): Promise<Answer> => {
    const res = await fetch(`${base}${route}`, { method: "POST", headers: { "content-type": "application/json", ...auth }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`${route} → ${res.status} ${await res.text()}`);
    return (await res.json()) as Answer;
  };
  return {
    t,
    app,
    clock,
    base,
    filesDir,
    token,
    auth,
    /** GET with the token (notifications). */
    get: (route: string) => fetch(`${base}${route}`, { headers: auth }),
    say: (user: string, text: string, extra: Record<string, unknown> = {}) => post("/api/local/messages", { user, text, ...extra }),
    press: (user: string, button: { actionId: string; value: string }, extra: Record<string, unknown> = {}) =>
      post("/api/local/actions", { user, actionId: button.actionId, value: button.value, ...extra }),
    async close() {
      await started.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
export type LocalApp = Awaited<ReturnType<typeof startLocalApp>>;

export const allText = ({ replies }: { replies: ReplyJson[] }) => replies.map((r) => `${r.text ?? ""}\n${r.plainText ?? ""}`).join("\n");
export const buttonsOf = (replies: ReplyJson[]) => replies.flatMap((r) => r.card?.blocks.flatMap((b) => b.buttons ?? []) ?? []);
