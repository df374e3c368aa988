import type Router from "@koa/router";
import type { Bot } from "../bot/bot.js";
import type { ChannelSender } from "../bot/delivery/channel-sender.js";
import type { Inbox } from "../bot/inbox.js";
import type { Domain } from "../domain/index.js";

/** Mounts an adapter's HTTP callbacks on the shared koa router (the app owns the server). */
export type RouteInstaller = (router: Router) => void;

/** What every adapter gets from the composition root. */
export interface AdapterDeps {
  domain: Domain;
  bot: Bot;
  /** Record inbound events here before acknowledging the platform. */
  inbox: Inbox;
  /** Deliver queued replies now instead of at the next poll. */
  kickOutbox: () => void;
  logger: { info(message: string): void; warn(message: string, detail?: unknown): void; error(message: string, error: unknown): void };
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
