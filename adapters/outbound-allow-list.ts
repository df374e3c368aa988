/**
 * The one rule for URLs that arrive inside an inbound payload (DingTalk sessionWebhook, Slack
 * response_url…): the bot only POSTs to them when they point at the platform's own API origin.
 * A payload URL is attacker-controlled data until proven otherwise; without this rule a forged or
 * replayed callback could make the bot send a customer's phone and email anywhere, or probe
 * internal addresses (SSRF).
 *
 * Allowed means: the URL's origin (scheme, host, port after WHATWG normalization) is exactly one
 * of the configured platform origins, and it carries no user:password. The configured origins are
 * https in production; a configured http origin (the local fakes of the tests) is allowed with its
 * own scheme only, so an https base never lets an http URL through.
 */

export interface AllowListLogger {
  warn(message: string, detail?: unknown): void;
}

/** Remember this many refused URLs, so a retried delivery does not log the same refusal again. */
const LOGGED_LIMIT = 500;

/**
 * The origin of a configured base URL, or undefined when it is not an absolute http(s) URL.
 * Exported for the adapters' configuration code and the tests.
 */
export function originOf(base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (url.username || url.password) return undefined;
  return url.origin;
}

/** The normalized URL when `candidate` may be posted to, otherwise undefined. */
export function allowedUrl(candidate: string, allowedOrigins: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (url.username || url.password) return undefined;
  if (!allowedOrigins.includes(url.origin)) return undefined;
  // Post to what was checked, not to the raw string another parser might read differently.
  return url.href;
}

/** A URL without its query and fragment (which may carry a session token) for the logs. */
export function redactedUrl(candidate: string): string {
  try {
    const url = new URL(candidate);
    return `${url.protocol}//${url.host}${url.pathname}`.slice(0, 200);
  } catch {
    return "(not a URL)";
  }
}

/** The allow-list of one platform: its configured API origins and where refusals are logged. */
export class OutboundAllowList {
  private readonly origins: readonly string[];
  private readonly logged = new Set<string>();

  constructor(
    private readonly platform: string,
    bases: readonly string[],
    private readonly logger: AllowListLogger = { warn: (message) => console.warn(message) },
  ) {
    this.origins = [...new Set(bases.map(originOf).filter((o): o is string => o !== undefined))];
  }

  get allowedOrigins(): readonly string[] {
    return this.origins;
  }

  /**
   * The URL to post to, or undefined (logged once per URL) when it is not on the list; the caller
   * then falls back to the platform's API.
   */
  check(candidate: string, purpose: string): string | undefined {
    const allowed = allowedUrl(candidate, this.origins);
    if (allowed !== undefined) return allowed;
    const shown = redactedUrl(candidate);
    if (!this.logged.has(shown)) {
      if (this.logged.size >= LOGGED_LIMIT) this.logged.clear();
      this.logged.add(shown);
      this.logger.warn(`${this.platform}: refused to post to ${purpose} ${shown} (not ${this.origins.join(" or ")}); using the API instead`);
    }
    return undefined;
  }
}
