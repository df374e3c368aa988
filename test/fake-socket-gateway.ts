import { createRequire } from "node:module";

// ws ships no type declarations here; this is the sliver of its API the fake gateway uses.
interface Socket {
  send(data: string): void;
  on(event: "message", listener: (data: Buffer) => void): void;
  close(): void;
}
interface Server {
  on(event: "connection", listener: (socket: Socket) => void): void;
  on(event: "listening", listener: () => void): void;
  address(): { port: number };
  close(callback?: () => void): void;
  clients: Set<Socket>;
}
const { WebSocketServer } = createRequire(import.meta.url)("ws") as { WebSocketServer: new (options: { port: number; host: string }) => Server };

export interface FakeSocketGateway {
  url: string;
  /** Sends an envelope to the connected client and resolves with the client's acknowledgement. */
  deliver(type: "events_api" | "slash_commands" | "interactive", payload: Record<string, unknown>, retryAttempt?: number): Promise<Record<string, unknown>>;
  connected: Promise<void>;
  close(): Promise<void>;
}

/** A stand-in for Slack's Socket Mode gateway: says hello, sends envelopes, collects the acks. */
export async function startFakeSocketGateway(): Promise<FakeSocketGateway> {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise<void>((resolve) => server.on("listening", resolve));
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();
  let client: Socket | undefined;
  let seq = 0;
  const connected = new Promise<void>((resolve) => {
    server.on("connection", (socket) => {
      client = socket;
      socket.on("message", (data) => {
        const ack = JSON.parse(data.toString()) as Record<string, unknown>;
        acks.get(String(ack.envelope_id))?.(ack);
      });
      socket.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" }, debug_info: { host: "fake" } }));
      resolve();
    });
  });
  return {
    url: `ws://127.0.0.1:${server.address().port}/`,
    connected,
    deliver(type, payload, retryAttempt = 0) {
      if (!client) throw new Error("no Socket Mode client connected");
      const envelopeId = `env-${++seq}`;
      const acked = new Promise<Record<string, unknown>>((resolve) => acks.set(envelopeId, resolve));
      client.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== "events_api",
          retry_attempt: retryAttempt,
          retry_reason: retryAttempt ? "timeout" : "",
        }),
      );
      return acked;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of server.clients) socket.close();
        server.close(() => resolve());
      }),
  };
}
