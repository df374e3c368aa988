import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpApp } from "./http-server.js";

const servers: { close: () => void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** The address the app sees for a request that claims to come through proxies. */
async function seenAddress(trustProxy: boolean, forwardedFor: string): Promise<string> {
  const app = createHttpApp([(router) => router.get("/ip", (ctx) => void (ctx.body = { ip: ctx.ip }))], { trustProxy });
  const server = app.listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}/ip`, { headers: { "x-forwarded-for": forwardedFor } });
  return ((await res.json()) as { ip: string }).ip;
}

describe("the request's address", () => {
  it("is the socket's unless the proxy is trusted; then the last address the proxy appended, never one the client wrote", async () => {
    expect(await seenAddress(false, "203.0.113.9")).toMatch(/127\.0\.0\.1/u);
    expect(await seenAddress(true, "198.51.100.1, 203.0.113.9")).toBe("203.0.113.9");
  });
});
