import { DWClient } from "dingtalk-stream";
import { z } from "zod";

/** The gateway answer: the WebSocket address and a one-time ticket for it. */
const endpointSchema = z.object({ endpoint: z.string().regex(/^wss?:\/\/\S+$/u), ticket: z.string().min(1).max(1024) });

/**
 * The official Stream client, opening its connection through `<apiBase>/v1.0/gateway/connections/open`.
 * dingtalk-stream 2.1.5 has that address as a constant, which no setting reaches; this client asks
 * the same endpoint of the configured DINGTALK_API_BASE (the official one by default, a local fake
 * in tests) and hands the SDK the WebSocket address it returns. Everything else is the SDK's.
 */
export class DingTalkStreamClient extends DWClient {
  constructor(
    opts: ConstructorParameters<typeof DWClient>[0],
    private readonly apiBase: string,
  ) {
    super(opts);
  }

  override async getEndpoint(): Promise<this> {
    const config = this.getConfig();
    const res = await fetch(`${this.apiBase}/v1.0/gateway/connections/open`, {
      method: "POST",
      headers: { accept: "application/json", "content-type": "application/json" },
      body: JSON.stringify({ clientId: config.clientId, clientSecret: config.clientSecret, ua: config.ua, subscriptions: config.subscriptions }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`dingtalk stream gateway: HTTP ${res.status}`);
    const { endpoint, ticket } = endpointSchema.parse(await res.json());
    // The SDK's connect() opens the socket at dw_url, which getEndpoint is meant to set.
    (this as unknown as { dw_url: string }).dw_url = `${endpoint}?ticket=${encodeURIComponent(ticket)}`;
    return this;
  }
}
