import { type FetchedFile, type InboundFileStore, beforeAbort, refusedUpFront, storeFetched } from "../inbound-file.js";
import type { WecomApiClient } from "./wecom-api.client.js";
import type { FileMessageXml } from "./wecom-xml.js";

/**
 * WeCom waits 5 s for the callback's answer and retries after that: the download gets 3.5 s of it,
 * a slower one is answered "could not fetch, send again".
 */
export const WECOM_FILE_FETCH_MS = 3_500;

/**
 * Fetches a file a member sent the app (media/get) into the files store. A name that is no
 * spreadsheet is answered without a download; without a FileName in the message the download's
 * Content-Disposition names it. Any failure is "not-fetched" (the person is asked to send it again).
 */
export async function fetchWecomFile(xml: FileMessageXml, api: Pick<WecomApiClient, "downloadMedia">, files: InboundFileStore): Promise<FetchedFile> {
  const given = xml.FileName || undefined;
  const refused = refusedUpFront(given, undefined, files.maxBytes);
  if (refused) return refused;
  try {
    const signal = AbortSignal.timeout(WECOM_FILE_FETCH_MS);
    // The signal also bounds the access token, when one has to be fetched first.
    const download = await beforeAbort(api.downloadMedia(xml.MediaId, { maxBytes: files.maxBytes, signal }), signal);
    return await storeFetched(given ?? download.fileName ?? "file", download.bytes, files);
  } catch {
    return { fileName: given ?? "file", problem: "not-fetched" };
  }
}
