import { z } from "zod";
import { type DeliveryTarget, DeliveryError } from "../../bot/delivery/channel-sender.js";
import type { Reply } from "../../bot/types.js";

/**
 * Where a WeCom message goes. A TeamChannel row addresses a group by its conversationId:
 * - "robot": the group robot of WECOM_ROBOT_WEBHOOK;
 * - "robot:<key>": another group robot on the same host (its webhook key);
 * - anything else: an app chat (appchat/create's chatid).
 * Direct targets and private replies go to the member through message/send.
 */
export type WecomRoute = { kind: "user"; userId: string } | { kind: "appchat"; chatId: string } | { kind: "robot"; robot: string; url: string };

export function routeOf(target: DeliveryTarget, reply: Pick<Reply, "visibility">, robot: { apiBase: string; webhook?: string }): WecomRoute {
  if (target.kind === "direct") return { kind: "user", userId: target.platformUserId ?? target.conversationId };
  if (reply.visibility === "private" && target.platformUserId) return { kind: "user", userId: target.platformUserId };
  const id = target.conversationId;
  if (id === "robot") {
    if (!robot.webhook) throw new DeliveryError("TARGET_NOT_FOUND", "team channel 'robot' but WECOM_ROBOT_WEBHOOK is not set");
    return { kind: "robot", robot: "robot", url: robot.webhook };
  }
  if (id.startsWith("robot:")) {
    const key = id.slice("robot:".length);
    if (!/^[\w-]{1,128}$/.test(key)) throw new DeliveryError("TARGET_NOT_FOUND", "malformed robot key");
    return { kind: "robot", robot: id, url: `${robot.apiBase}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}` };
  }
  return { kind: "appchat", chatId: id };
}

/** The handle stored for a posted message (CardPost.messageRef): enough to update it or repost it. */
export const messageRefSchema = z.object({
  taskId: z.string().optional(),
  userids: z.array(z.string()).optional(),
  /** message/send returns one for interactive cards; single use, valid 72 hours. */
  responseCode: z.string().optional(),
  chatId: z.string().optional(),
  robot: z.string().optional(),
});

export type WecomMessageRef = z.infer<typeof messageRefSchema>;

export function parseMessageRef(ref: string): WecomMessageRef | null {
  try {
    const parsed = messageRefSchema.safeParse(JSON.parse(ref));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The route a stored message went to, so an update that cannot edit reposts to the same place. */
export function routeOfRef(ref: WecomMessageRef, fallback: WecomRoute, robot: { apiBase: string; webhook?: string }): WecomRoute {
  const userId = ref.userids?.[0];
  if (userId) return { kind: "user", userId };
  if (ref.chatId) return { kind: "appchat", chatId: ref.chatId };
  if (ref.robot) return routeOf({ conversationId: ref.robot, kind: "group" }, {}, robot);
  return fallback;
}
