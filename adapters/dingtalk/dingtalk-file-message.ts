import type { Inbox } from "../../bot/inbox.js";
import { type FetchedFile, type InboundFileStore, beforeAbort, readCapped, receiveFileEvent, refusedUpFront, storeFetched } from "../inbound-file.js";
import type { OutboundAllowList } from "../outbound-allow-list.js";
import type { DingTalkApiClient } from "./dingtalk-api.client.js";
import type { RobotMessage } from "./robot-message.schema.js";
import { type Normalized, robotFileToEvent, robotMessageToEvent } from "./to-inbound-event.js";

/** The download (URL, then bytes) gets this long: DingTalk's callback and Stream acknowledgement wait on it. */
export const DINGTALK_FILE_FETCH_MS = 3_500;

const downloadAnswer = (json: unknown): string | undefined => {
  const url = (json as { downloadUrl?: unknown } | null)?.downloadUrl;
  return typeof url === "string" && url.length > 0 ? url : undefined;
};

/**
 * Files people send the robot (spreadsheets to import): the message's downloadCode is exchanged
 * for a short-lived URL (robot/messageFiles/download with our robotCode), which is fetched only
 * when it points at one of DingTalk's file hosts (DINGTALK_FILE_HOSTS): it comes from a payload.
 */
export class DingTalkFiles {
  constructor(
    private readonly deps: {
      api: Pick<DingTalkApiClient, "call">;
      robotCode: string;
      /** DingTalk's file download hosts. */
      fileHosts: OutboundAllowList;
      files: InboundFileStore;
    },
  ) {}

  get store(): InboundFileStore {
    return this.deps.files;
  }

  /** Fetches the message's file into the store; a file that is no spreadsheet is not downloaded. */
  async fetch(message: RobotMessage): Promise<FetchedFile> {
    const fileName = message.content?.fileName ?? "file";
    const refused = refusedUpFront(fileName, undefined, this.deps.files.maxBytes);
    if (refused) return refused;
    const signal = AbortSignal.timeout(DINGTALK_FILE_FETCH_MS);
    try {
      // The signal also bounds the access token, when one has to be fetched first.
      const answer = await beforeAbort(
        this.deps.api.call(
          "POST",
          "/v1.0/robot/messageFiles/download",
          { downloadCode: message.content?.downloadCode, robotCode: this.deps.robotCode },
          signal,
        ),
        signal,
      );
      const given = downloadAnswer(answer);
      const url = given ? this.deps.fileHosts.check(given, "downloadUrl") : undefined;
      if (!url) return { fileName, problem: "not-fetched" };
      const res = await fetch(url, { redirect: "error", signal });
      if (!res.ok) {
        await res.body?.cancel();
        return { fileName, problem: "not-fetched" };
      }
      return await storeFetched(fileName, await readCapped(res, this.deps.files.maxBytes), this.deps.files);
    } catch {
      return { fileName, problem: "not-fetched" };
    }
  }
}

/**
 * Records one robot message (both transports): a file is fetched first (once per delivery), other
 * messages are normalized; ones the bot cannot read are dropped. Without `files` a file is dropped too.
 */
export async function receiveRobotMessage(
  inbox: Pick<Inbox, "receive" | "isRecorded">,
  message: RobotMessage,
  files: DingTalkFiles | undefined,
): Promise<void> {
  const file = files ? robotFileToEvent(message) : undefined;
  if (file && files) {
    await receiveFileEvent(inbox, files.store, file, () => files.fetch(message), message.content?.fileName ?? "file");
    return;
  }
  const normalized: Normalized | undefined = robotMessageToEvent(message);
  if (normalized) await inbox.receive(normalized.event, normalized.target);
}
