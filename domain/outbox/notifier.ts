import type { DbOrTx } from "../shared/db.js";
import { enqueueOutbound, type OutboundMessage } from "./outbox.js";

/** A chat address form: `pattern` (one capture group) and the conversation id it stands for (`id`, with $1). */
export interface ChatAddress {
  pattern: string;
  id: string;
  /** The id holds a secret (a webhook key): shown masked. */
  secret?: boolean;
}

/** What the notifier must know of a channel to address it (from its sender's capabilities). */
export interface ChannelTraits {
  /** A pattern (RegExp source) of the group conversation ids whose members cannot press a card's buttons. */
  buttonlessGroups?: string;
  /** Chats named by an address a member can copy (ChannelCapabilities.chatAddresses). */
  chatAddresses?: ChatAddress[];
  /** False when a reply for one member in a group cannot reach them privately (ChannelCapabilities.privateReplies). */
  privateReplies?: boolean;
}

export interface NotifyOptions {
  /** Remember where the card went, so a later change of the record updates it in place. */
  cardFor?: { entityType: string; entityId: string };
}

/**
 * The port for messages the bot starts itself (digests, alerts, approval cards). It only writes
 * outbox rows, inside the caller's transaction (the reply is the bot's, stored as JSON); it reaches a person on every enabled channel
 * where they have an identity, and a team through its registered group chats.
 */
export class Notifier<Reply = unknown> {
  constructor(
    /** Platforms with a configured channel; identities on other platforms are skipped. */
    readonly platforms: readonly string[],
    /** Per platform, its traits; read on every call, so it may be filled later (as `platforms`). */
    readonly traits: Readonly<Record<string, ChannelTraits>> = {},
  ) {}

  /** The conversation id a copied chat address stands for on a platform (a WeCom group robot's URL), or null. */
  chatIdFromAddress(platform: string, address: string): string | null {
    for (const rule of this.traits[platform]?.chatAddresses ?? []) {
      const match = new RegExp(rule.pattern, "u").exec(address.trim());
      if (match?.[1]) return rule.id.replace("$1", match[1]);
    }
    return null;
  }

  /** Whether a reply for one member of a group can reach them privately on this platform. */
  canReplyPrivately(platform: string): boolean {
    return this.traits[platform]?.privateReplies !== false;
  }

  /** A conversation id made from an address holds its secret (a webhook key): shown masked. */
  isAddressed(platform: string, conversationId: string): boolean {
    return (this.traits[platform]?.chatAddresses ?? []).some((rule) => {
      const prefix = rule.id.split("$1")[0];
      return rule.secret === true && !!prefix && conversationId.startsWith(prefix);
    });
  }

  /** Direct message to a CRM user; resolves with the number of messages queued (0 = unreachable). */
  async toUser(tx: DbOrTx, userId: string, reply: Reply, now: Date, options: NotifyOptions = {}): Promise<number> {
    const identities = await tx.channelIdentity.findMany({
      where: { userId, platform: { in: [...this.platforms] } },
      orderBy: { createdAt: "asc" },
    });
    for (const identity of identities) await enqueueOutbound(tx, directMessage(identity, reply, options), now);
    return identities.length;
  }

  /** Message to a team's group chats registered for a purpose (digest, alerts, approvals). */
  async toTeam(tx: DbOrTx, teamId: string, purpose: string, reply: Reply, now: Date, options: NotifyOptions = {}): Promise<number> {
    const channels = await tx.teamChannel.findMany({ where: { teamId, purpose, platform: { in: [...this.platforms] } } });
    for (const channel of channels) await enqueueOutbound(tx, teamMessage(channel, reply, options), now);
    return channels.length;
  }

  async buttonlessTeamChats(tx: DbOrTx, teamId: string, purpose: string): Promise<number> {
    return this.buttonless(await tx.teamChannel.findMany({ where: { teamId, purpose, platform: { in: [...this.platforms] } } }));
  }

  /** How many of these group chats show cards without pressable buttons (a WeCom group robot, WeChat). */
  buttonless(channels: readonly { platform: string; conversationId: string }[]): number {
    return channels.filter((c) => {
      const pattern = this.traits[c.platform]?.buttonlessGroups;
      return pattern !== undefined && new RegExp(pattern, "u").test(c.conversationId);
    }).length;
  }
}

/** The direct message to one of a person's platform identities. */
export function directMessage<R>(
  identity: { platform: string; platformUserId: string; tenantId: string },
  reply: R,
  options: NotifyOptions,
): OutboundMessage<R> {
  return {
    platform: identity.platform,
    target: {
      conversationId: identity.platformUserId,
      kind: "direct",
      platformUserId: identity.platformUserId,
      ...(identity.tenantId ? { tenantId: identity.tenantId } : {}),
    },
    reply,
    ...(options.cardFor ? { cardFor: options.cardFor } : {}),
  };
}

/** The message to one of a team's registered group chats. */
export function teamMessage<R>(channel: { platform: string; conversationId: string }, reply: R, options: NotifyOptions): OutboundMessage<R> {
  return {
    platform: channel.platform,
    target: { conversationId: channel.conversationId, kind: "group" },
    reply,
    ...(options.cardFor ? { cardFor: options.cardFor } : {}),
  };
}
