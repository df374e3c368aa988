import type { CrmApp } from "../../app/create-app.js";
import type { fixedClock } from "../../domain/shared/clock.js";

/** A button as a member sees it on a platform, with what that platform needs to press it. */
export interface SeenButton {
  label: string;
  actionId: string;
  value: string;
  /** Platform detail of the message it is on (a WeCom task id, a DingTalk card id…). */
  handle?: unknown;
}

/** A picture as a platform received it: the size decoded from the bytes its fake got. */
export interface SeenImage {
  width: number;
  height: number;
}

/** One message a platform received from the bot, normalized: where it went, its text, its buttons and its pictures. */
export interface Seen {
  /** A member's user id for a direct chat, or the group's id. */
  chat: string;
  text: string;
  buttons: SeenButton[];
  /** PNG pictures the platform received in this message (a chart), sized by decoding the bytes. */
  images: SeenImage[];
}

/**
 * One channel adapter, driven through its real SDK or protocol against a fake of the platform, as
 * the behaviour suite needs it. Users are named by their platform ids ("boss", "li", "mgr").
 */
export interface ChannelDriver {
  readonly name: string;
  /** The platform name its identities and team chats are stored under. */
  readonly platform: string;
  readonly app: CrmApp;
  readonly clock: ReturnType<typeof fixedClock>;
  /** The team's group chat on this platform. */
  readonly group: string;
  /** Where the group cannot hear the bot: the address a manager registers it by (`频道 简报 <address>`). */
  readonly groupAddress?: string;
  readonly can: {
    /** Members can talk to the bot in a group (an @mention). */
    groupInbound: boolean;
    /** Buttons on cards in a group can be pressed. */
    groupButtons: boolean;
    /** The fake can make the platform refuse sends (429), then recover. */
    outage: boolean;
    /** The bot can post unasked: digests, reminders, alerts, an approval card in the group. */
    push: boolean;
    /** A picture (a chart) can be sent; where it cannot, the reply names the file instead. */
    images: boolean;
    /**
     * Buttons are numbered choices typed in the chat they were sent to (Wechaty): nobody can press a button sent to
     * someone else, and a number typed elsewhere presses that chat's own newest card.
     */
    typedChoices?: boolean;
  };
  direct(user: string, text: string, eventId?: string): Promise<void>;
  /**
   * A member sends a file to the bot in a direct chat, the platform's way (its file message, its
   * download API or host in the fake); the same eventId is a redelivery. Absent where the channel
   * cannot receive files: the scenario is skipped there.
   */
  sendFile?(user: string, fileName: string, bytes: Buffer, eventId?: string): Promise<void>;
  inGroup(user: string, text: string, eventId?: string): Promise<void>;
  press(user: string, button: SeenButton, where: "direct" | "group"): Promise<void>;
  /** Everything the platform received from the bot so far, in order. */
  seen(): Seen[];
  /** While on, the platform answers sends with a rate-limit refusal. */
  outage(on: boolean): void;
  /** Waits until recorded events are processed and the outbox has delivered what it can. */
  settle(): Promise<void>;
  close(): Promise<void>;
}
