import { InFlight } from "../in-flight.js";
import { type DWClientDownStream, TOPIC_CARD, TOPIC_ROBOT } from "dingtalk-stream";
import { DingTalkStreamClient } from "./dingtalk-stream-client.js";
import type { Inbox } from "../../bot/inbox.js";
import { type DingTalkFiles, receiveRobotMessage } from "./dingtalk-file-message.js";
import { type RobotMessage, cardCallbackSchema, robotMessageSchema } from "./robot-message.schema.js";
import { type Normalized, cardCallbackToEvent } from "./to-inbound-event.js";

export interface DingTalkStreamDeps {
  inbox: Inbox;
  appKey: string;
  appSecret: string;
  robotCode: string;
  /** DINGTALK_API_BASE: where the gateway is asked for the connection. */
  apiBase: string;
  logger: { info(message: string): void; warn(message: string, detail?: unknown): void; error(message: string, error: unknown): void };
  /** Files people send the robot are fetched into the files store; without it they are dropped. */
  files?: DingTalkFiles;
}

/**
 * The Stream transport (no public URL): the official SDK keeps a WebSocket to DingTalk's gateway and
 * hands us robot messages (TOPIC_ROBOT) and card button presses (TOPIC_CARD). Each is recorded in
 * the durable inbox before it is acknowledged with socketCallBackResponse; an event we failed to
 * record is left unacknowledged so DingTalk delivers it again.
 * The gateway is asked at DINGTALK_API_BASE (see DingTalkStreamClient).
 */
export class DingTalkStream {
  readonly client: DingTalkStreamClient;
  private readonly inFlight = new InFlight();

  constructor(private readonly deps: DingTalkStreamDeps) {
    // keepAlive pings the gateway, so a silently dropped connection is noticed and reopened.
    this.client = new DingTalkStreamClient({ clientId: deps.appKey, clientSecret: deps.appSecret, keepAlive: true, ua: "chat-crm-bot" }, deps.apiBase);
    this.client.registerCallbackListener(TOPIC_ROBOT, (message) => this.inFlight.track(this.onDownstream(message, "robot")));
    this.client.registerCallbackListener(TOPIC_CARD, (message) => this.inFlight.track(this.onDownstream(message, "card")));
  }

  async start(): Promise<void> {
    // connect() resolves even when the first attempt fails; the SDK keeps reconnecting on its own.
    await this.client.connect();
    this.deps.logger.info(`dingtalk: stream mode ${this.client.connected ? "connected" : "connecting"}`);
  }

  async stop(): Promise<void> {
    this.client.disconnect();
    await this.settled();
  }

  /** Resolves when every frame received so far is recorded (and acknowledged). */
  settled(): Promise<void> {
    return this.inFlight.settled();
  }

  private async onDownstream(message: DWClientDownStream, kind: "robot" | "card"): Promise<void> {
    const messageId = message.headers.messageId;
    let read: { robot: RobotMessage } | { card: Normalized | undefined } | undefined;
    try {
      read = this.read(JSON.parse(message.data), kind);
    } catch (error) {
      this.deps.logger.warn(`dingtalk: unreadable stream ${kind} message`, String(error));
    }
    try {
      // A robot message's file is fetched before its event is recorded (and acknowledged).
      if (read && "robot" in read) await receiveRobotMessage(this.deps.inbox, read.robot, this.deps.files);
      else if (read?.card) await this.deps.inbox.receive(read.card.event, read.card.target);
    } catch (error) {
      this.deps.logger.error("dingtalk: could not record a stream message; DingTalk will deliver it again", error);
      return;
    }
    // Unreadable messages are acknowledged too: a redelivery would not make them readable.
    this.client.socketCallBackResponse(messageId, {});
  }

  private read(data: unknown, kind: "robot" | "card"): { robot: RobotMessage } | { card: Normalized | undefined } {
    if (kind === "robot") {
      const parsed = robotMessageSchema.safeParse(data);
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
      return { robot: parsed.data };
    }
    const parsed = cardCallbackSchema.safeParse(data);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    return { card: cardCallbackToEvent(parsed.data, this.deps.robotCode) };
  }
}
