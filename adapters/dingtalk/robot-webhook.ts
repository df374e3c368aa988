import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import type { Clock } from "../../domain/shared/clock.js";
import { signedWebhookUrl } from "./dingtalk-sign.js";
import { mapDingTalkError } from "./map-error.js";
import { createHash } from "node:crypto";
import { LocalSendWindow, type SendWindow } from "../../domain/shared/send-window.js";

/** DingTalk's limit for one custom robot. */
export const ROBOT_MESSAGES_PER_MINUTE = 20;

/**
 * Posts to a webhook that answers `{errcode, errmsg}`: a custom group robot (signed with 加签 and
 * held to 20 messages a minute, a window the app keeps in the database for every instance) or a
 * message's sessionWebhook (no signing, no limit here). Going over would block the robot for 10 minutes.
 */
export class RobotWebhook {
  /** The robot's window key: a hash, since the webhook URL carries its access token. */
  private readonly windowKey: string;

  constructor(
    private readonly clock: Clock,
    private readonly robot?: { url: string; secret?: string },
    private readonly window: SendWindow = new LocalSendWindow(clock, ROBOT_MESSAGES_PER_MINUTE),
  ) {
    this.windowKey = `dingtalk-robot:${createHash("sha256")
      .update(robot?.url ?? "")
      .digest("hex")
      .slice(0, 24)}`;
  }

  get configured(): boolean {
    return this.robot !== undefined;
  }

  /** Sends through the custom robot; when its minute is full, throws RATE_LIMITED with the wait (the outbox retries). */
  async sendToRobot(body: unknown): Promise<void> {
    if (!this.robot) throw new DeliveryError("UNSUPPORTED", "DINGTALK_ROBOT_WEBHOOK is not set");
    const wait = await this.window.take(this.windowKey);
    if (wait > 0) throw new DeliveryError("RATE_LIMITED", "custom robot: 20 messages per minute reached", wait);
    try {
      await postWebhook(signedWebhookUrl(this.robot.url, this.robot.secret, this.clock.now()), body);
    } catch (error) {
      if (error instanceof DeliveryError && error.code === "TEMPORARY") await this.window.release(this.windowKey);
      throw error;
    }
  }
}

/** POSTs a robot message body; a non-zero errcode becomes a DeliveryError. */
export async function postWebhook(url: string, body: unknown): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch (error) {
    throw new DeliveryError("TEMPORARY", `DingTalk webhook unreachable: ${String(error)}`);
  }
  const json = (await res.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
  if (res.ok && (json.errcode === undefined || json.errcode === 0)) return;
  throw mapDingTalkError({
    status: res.ok ? 400 : res.status,
    ...(json.errcode !== undefined ? { code: json.errcode } : {}),
    ...(json.errmsg !== undefined ? { message: json.errmsg } : {}),
  });
}
