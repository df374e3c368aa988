import type { ChannelCapabilities, ChannelSender, DeliveryTarget, SentMessage } from "../../bot/delivery/channel-sender.js";
import type { Reply } from "../../bot/types.js";

export interface LocalDelivery {
  id: number;
  target: DeliveryTarget;
  reply: Reply;
  /** Set when this delivery replaced an earlier one (messageRef of that one). */
  replaces?: string;
  at: Date;
}

/**
 * Messages the bot starts itself (digests, alerts, approval cards) for the local channel: kept in
 * memory for `GET /api/local/notifications` and printed by the terminal chat.
 */
export class LocalSender implements ChannelSender {
  readonly platform = "local";
  readonly capabilities: ChannelCapabilities = { updateInPlace: true };
  private readonly deliveries: LocalDelivery[] = [];
  private readonly listeners = new Set<(delivery: LocalDelivery) => void>();
  private nextId = 1;

  constructor(private readonly keep = 1000) {}

  async send(target: DeliveryTarget, reply: Reply): Promise<SentMessage> {
    const delivery = this.record({ target, reply });
    return { messageRef: String(delivery.id) };
  }

  async update(target: DeliveryTarget, messageRef: string, reply: Reply): Promise<void> {
    this.record({ target, reply, replaces: messageRef });
  }

  /** Deliveries for one local user (direct) or conversation (group), oldest first. */
  list(filter: { user?: string; conversation?: string } = {}): LocalDelivery[] {
    return this.deliveries.filter(
      (d) =>
        (filter.user === undefined || d.target.platformUserId === filter.user) &&
        (filter.conversation === undefined || d.target.conversationId === filter.conversation),
    );
  }

  onDelivery(listener: (delivery: LocalDelivery) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private record(entry: Omit<LocalDelivery, "id" | "at">): LocalDelivery {
    const delivery: LocalDelivery = { id: this.nextId++, at: new Date(), ...entry };
    this.deliveries.push(delivery);
    if (this.deliveries.length > this.keep) this.deliveries.shift();
    for (const listener of this.listeners) listener(delivery);
    return delivery;
  }
}
