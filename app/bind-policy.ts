import { isLoopbackHostname } from "../adapters/local/loopback.js";

/**
 * Why the server must not start on `host`, or undefined when it may. A non-loopback address
 * exposes the local HTTP API to the network, so it needs a token the operator chose and handed to
 * its callers (CRM_API_TOKEN), not one generated into a file on the server; or the local API off.
 */
export function refuseToBind({ host, env }: { host: string; env: NodeJS.ProcessEnv }): string | undefined {
  if (isLoopbackHostname(host)) return undefined;
  if (env.CRM_LOCAL_API === "off") return undefined;
  if (env.CRM_API_TOKEN !== undefined && env.CRM_API_TOKEN.trim().length > 0) return undefined;
  return [
    `Refusing to start: HOST=${host} makes the local HTTP API (/api/local/*, where a caller can post as any user`,
    "and read everyone's notifications) reachable from other machines, and no token is configured for it.",
    "Either set CRM_API_TOKEN to a long random secret (e.g. `openssl rand -base64 32`) and send it from your scripts",
    "as `Authorization: Bearer <token>`; or set CRM_LOCAL_API=off when this port only serves chat platform callbacks",
    "(Slack, WeCom, DingTalk); or keep HOST=127.0.0.1 behind a reverse proxy that forwards only those callback paths.",
  ].join(" ");
}
