import { rm, writeFile } from "node:fs/promises";
import type { DeliveryTarget } from "../bot/delivery/channel-sender.js";
import type { FileStore } from "../bot/documents/file-store.js";
import type { Inbox } from "../bot/inbox.js";
import type { InboundFile } from "../bot/types.js";

/** What an adapter puts in the file event: the name the person gave it, and the stored copy or why there is none. */
export type FetchedFile = Pick<InboundFile, "fileName" | "storedName" | "problem">;

/** Where a file a person sends is kept, and the largest one taken in (bot/imports/import-limit.ts). */
export interface InboundFileStore {
  store: FileStore;
  maxBytes: number;
}

/** The file types the import reads; anything else is answered "wrong type" without being downloaded. */
const SPREADSHEET = /\.(xlsx|csv)$/iu;

/** The stored copy's extension: the spreadsheet's own, or "bin". */
function extensionOf(fileName: string): string {
  return SPREADSHEET.exec(fileName)?.[1]?.toLowerCase() ?? "bin";
}

/**
 * The answer known before any download: a name that is no spreadsheet (the bot says "wrong type")
 * or a size over the limit. Undefined when the file is worth fetching.
 */
export function refusedUpFront(fileName: string | undefined, size: number | undefined, maxBytes: number): FetchedFile | undefined {
  if (fileName !== undefined && !SPREADSHEET.test(fileName)) return { fileName };
  if (size !== undefined && size > maxBytes) return { fileName: fileName ?? "file", problem: "too-large" };
  return undefined;
}

/**
 * Reads a download's body, giving up as soon as it passes maxBytes (a Content-Length over it is
 * refused before reading): a file too large is never held in memory whole.
 */
export async function readCapped(res: Response, maxBytes: number): Promise<Buffer | "too-large"> {
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    return "too-large";
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await res.body.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * The work's result, or a rejection as soon as `signal` aborts: a step the signal does not reach
 * (a shared access-token request) cannot hold a download past its time. A late result is dropped;
 * nothing was stored yet, so nothing is left behind.
 */
export function beforeAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** Writes fetched bytes into the store (over the limit: not kept) and names the stored copy. */
export async function storeFetched(fileName: string, bytes: Uint8Array | "too-large", files: InboundFileStore): Promise<FetchedFile> {
  if (bytes === "too-large" || bytes.length > files.maxBytes) return { fileName, problem: "too-large" };
  const refused = refusedUpFront(fileName, undefined, files.maxBytes);
  if (refused) return refused;
  const stored = await files.store.create("import", extensionOf(fileName));
  await writeFile(stored.path, bytes);
  return { fileName, storedName: stored.fileName };
}

/** The file name of a Content-Disposition header (RFC 5987 `filename*=UTF-8''…` first, then `filename="…"`). */
export function fileNameOfDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/iu.exec(header);
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/iu.exec(header);
  const raw = extended?.[1] ?? plain?.[1] ?? plain?.[2];
  if (!raw) return undefined;
  let name = raw.trim();
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded after all: keep it as it came.
  }
  // Only the last path segment, without control characters; the store never uses it as a path anyway.
  const cleaned = name
    .split(/[\\/]/u)
    .pop()
    ?.replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, 255);
  return cleaned || undefined;
}

/** A file event as the adapter normalized it, waiting for its file. */
export interface PendingFileEvent {
  event: Omit<InboundFile, "fileName" | "storedName" | "problem"> & { eventId: string };
  target: DeliveryTarget;
}

/**
 * Fetches a file and records its event, once per delivery. A redelivery of an event already
 * recorded (the platform did not see our first acknowledgement in time) is not fetched again;
 * when two deliveries race past that check, the one the inbox calls a duplicate drops its copy.
 * A fetch that throws still records the event ("could not fetch, send again"): it is never lost.
 */
export async function receiveFileEvent(
  inbox: Pick<Inbox, "receive" | "isRecorded">,
  files: InboundFileStore,
  pending: PendingFileEvent,
  fetchFile: () => Promise<FetchedFile>,
  fallbackName = "file",
): Promise<"accepted" | "duplicate"> {
  if (await inbox.isRecorded(pending.event.channel, pending.event.eventId)) return "duplicate";
  let file: FetchedFile;
  try {
    file = await fetchFile();
  } catch {
    file = { fileName: fallbackName, problem: "not-fetched" };
  }
  const outcome = await inbox.receive({ ...pending.event, ...file }, pending.target);
  if (outcome === "duplicate" && file.storedName) {
    const path = files.store.resolve(file.storedName);
    if (path) await rm(path, { force: true });
  }
  return outcome;
}
