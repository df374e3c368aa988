import { type App, type ReceiverEvent, SocketModeReceiver, type SocketModeReceiverOptions } from "@slack/bolt";

/**
 * Bolt's SocketModeReceiver, with one change: the acknowledgement goes back over the socket only
 * after Bolt's listeners finished, i.e. after the event is in the durable inbox. Bolt acks Events
 * API deliveries before its listeners run, which would let a crash lose an acknowledged event.
 * If recording fails nothing is acknowledged, and Slack delivers the envelope again.
 */
export class DurableSocketModeReceiver extends SocketModeReceiver {
  constructor(options: SocketModeReceiverOptions) {
    super({ ...options, processEventErrorHandler: async () => false });
  }

  override init(app: App): void {
    const durable = Object.create(app) as App;
    durable.processEvent = async (event: ReceiverEvent) => {
      let answer: { response: unknown } | undefined;
      await app.processEvent({
        ...event,
        ack: async (response?: unknown) => {
          answer ??= { response };
        },
      });
      await event.ack(answer?.response);
    };
    super.init(durable);
  }
}
