import { readFile } from "node:fs/promises";
import { DeliveryError } from "../bot/delivery/channel-sender.js";

/** A reply's file from the store; one that vanished cannot get better by retrying (PAYLOAD_REJECTED). */
export async function readAttachment(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new DeliveryError("PAYLOAD_REJECTED", `attachment unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A picture the platform can show inline (a chart); anything else (a quote PDF, an export) is sent as a file. */
export function isImageAttachment(attachment: { mimeType: string } | undefined): boolean {
  return attachment?.mimeType === "image/png" || attachment?.mimeType === "image/jpeg";
}
