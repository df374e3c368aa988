import { decryptFile } from "@wecom/aibot-node-sdk";
import { type FetchedFile, type InboundFileStore, fileNameOfDisposition, readCapped, storeFetched } from "../inbound-file.js";
import type { OutboundAllowList } from "../outbound-allow-list.js";

/** The download gets this long: WeCom waits 5 s for a webhook callback's answer. */
export const WECOM_BOT_FILE_FETCH_MS = 3_500;

/** AES-256-CBC with PKCS#7 padding to 32 bytes adds at most one block of 32. */
const PADDING = 32;

/**
 * Fetches a file sent to the smart bot into the files store: its URL must point at one of the
 * configured file hosts (it comes from the message), its bytes are decrypted with the SDK's
 * decryptFile and the key given (the link's aeskey, or the bot's EncodingAESKey in webhook mode),
 * its name comes from the download's Content-Disposition. Anything wrong: "not-fetched".
 */
export async function fetchBotFile(
  file: { url: string; key: string | undefined },
  deps: { allowList: OutboundAllowList; files: InboundFileStore },
): Promise<FetchedFile> {
  const url = deps.allowList.check(file.url, "file url");
  if (!url || !file.key) return { fileName: "file", problem: "not-fetched" };
  try {
    const res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(WECOM_BOT_FILE_FETCH_MS) });
    const fileName = fileNameOfDisposition(res.headers.get("content-disposition")) ?? "file";
    if (!res.ok) {
      await res.body?.cancel();
      return { fileName, problem: "not-fetched" };
    }
    const encrypted = await readCapped(res, deps.files.maxBytes + PADDING);
    if (encrypted === "too-large") return { fileName, problem: "too-large" };
    return await storeFetched(fileName, decryptFile(encrypted, file.key), deps.files);
  } catch {
    return { fileName: "file", problem: "not-fetched" };
  }
}

/** The EncodingAESKey as the base64 key decryptFile takes (43 characters + "=" decode to the 32-byte key). */
export function fileKeyOf(encodingAesKey: string): string {
  return `${encodingAesKey}=`;
}
