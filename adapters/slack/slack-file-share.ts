import { writeFile } from "node:fs/promises";
import { z } from "zod";
import type { FileStore } from "../../bot/documents/file-store.js";
import type { InboundFile } from "../../bot/types.js";
import { refusedUpFront } from "../inbound-file.js";
import type { OutboundAllowList } from "../outbound-allow-list.js";

/** A file someone shared with the bot in its DM (Events API `message` with subtype `file_share`). */
export const fileShareEventSchema = z.object({
  type: z.literal("message"),
  subtype: z.literal("file_share"),
  user: z.string().min(1).max(64),
  channel: z.string().min(1).max(64),
  channel_type: z.string().optional(),
  ts: z.string(),
  files: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        name: z.string().trim().min(1).max(255),
        size: z.number().int().nonnegative().optional(),
        url_private_download: z.string().max(2000).optional(),
      }),
    )
    .min(1)
    .max(20),
});

/** Slack must get its acknowledgement within 3 s: a file that takes longer to fetch is asked for again. */
const FETCH_TIMEOUT_MS = 2_000;

/**
 * Fetches the first shared file into the files store with the bot token, before the event is
 * recorded (so the event names a file that is there). Only from Slack's own file host (or the
 * configured API base): the URL comes from the payload. A file over the limit, or one that is no
 * spreadsheet, is not fetched.
 */
export async function fetchSharedFile(
  share: z.infer<typeof fileShareEventSchema>,
  deps: { token: string; files: FileStore; allowList: OutboundAllowList; maxBytes: number },
): Promise<Pick<InboundFile, "fileName" | "storedName" | "problem">> {
  const file = share.files[0]!;
  const fileName = file.name;
  // No spreadsheet, or over the limit: answered without a download.
  const refused = refusedUpFront(fileName, file.size, deps.maxBytes);
  if (refused) return refused;
  const url = file.url_private_download ? deps.allowList.check(file.url_private_download, "url_private_download") : undefined;
  if (!url) return { fileName, problem: "not-fetched" };
  try {
    const res = await fetch(url, { headers: { authorization: `Bearer ${deps.token}` }, redirect: "error", signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!res.ok) return { fileName, problem: "not-fetched" };
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > deps.maxBytes) return { fileName, problem: "too-large" };
    const stored = await deps.files.create("import", /\.(xlsx|csv)$/iu.exec(fileName)?.[1]?.toLowerCase() ?? "bin");
    await writeFile(stored.path, bytes);
    return { fileName, storedName: stored.fileName };
  } catch {
    return { fileName, problem: "not-fetched" };
  }
}
