import type Router from "@koa/router";
import type { ChannelSender } from "../bot/delivery/channel-sender.js";
import type { FileStore } from "../bot/documents/file-store.js";
import type { FormCards } from "../bot/forms/form-cards.js";
import type { Inbox } from "../bot/inbox.js";
import type { ChannelStores } from "../domain/delivery/channel-stores.js";
import type { Clock } from "../domain/shared/clock.js";

/** Mounts an adapter's HTTP callbacks on the shared koa router (the app owns the server). */
export type RouteInstaller = (router: Router) => void;

/** What every adapter gets from the composition root: only what adapters use, never the domain or the database. */
export interface AdapterDeps {
  clock: Clock;
  /** The one way in: record inbound events here before acknowledging the platform. */
  inbox: Inbox;
  /** The bot's forms as cards (Slack opens them as modals at once: trigger_id expires in 3 s). */
  forms: FormCards;
  /** Numbered choices, robot send windows and callback signatures, shared by every instance. */
  stores: ChannelStores;
  logger: { info(message: string): void; warn(message: string, detail?: unknown): void; error(message: string, error: unknown): void };
  /** Where a file a person sends (a spreadsheet to import) is kept before its event is recorded. */
  files?: FileStore;
}

/**
 * One chat channel: verifies and normalizes inbound events (through the inbox), acknowledges the
 * platform fast, and delivers replies through its sender. Holds no CRM rule.
 */
export interface ChannelAdapter {
  readonly platform: string;
  readonly sender: ChannelSender;
  /** HTTP callbacks mounted on the shared koa app. */
  readonly routes?: RouteInstaller;
  /** Long-lived connections (Slack Socket Mode, DingTalk Stream, Wechaty). */
  start?(): Promise<void>;
  stop?(): Promise<void>;
}
