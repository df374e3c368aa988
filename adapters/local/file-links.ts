import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { Clock } from "../../domain/shared/clock.js";

export const FILES_ROUTE = "/api/local/files";

/**
 * Download links for generated files (quote PDFs) that carry their own credential: an expiry and
 * an HMAC-SHA256 over (expiry, name). The link can be opened in a browser without the bearer
 * token, only for the file it names and only until it expires.
 *
 * The key is derived from the API token (HKDF, its own label) rather than kept as one more secret:
 * instances sharing a token verify each other's links, and rotating the token revokes every link
 * handed out with the old one. The token itself never appears in a link.
 */
export class FileLinks {
  private readonly key: Buffer;

  constructor(
    apiToken: string,
    private readonly ttlSeconds: number,
    private readonly clock: Clock,
  ) {
    this.key = Buffer.from(hkdfSync("sha256", apiToken, "", "chat-crm/local-file-links/v1", 32));
  }

  /** A relative URL for the stored file `name`, valid for the configured TTL from now. */
  url(name: string): string {
    const exp = Math.floor(this.clock.now().getTime() / 1000) + this.ttlSeconds;
    return `${FILES_ROUTE}/${encodeURIComponent(name)}?exp=${exp}&sig=${this.sign(name, exp)}`;
  }

  /** True when `sig` is this server's signature of (name, exp) and exp has not passed. */
  verify(name: string, exp: unknown, sig: unknown): boolean {
    if (typeof exp !== "string" || !/^\d{1,12}$/.test(exp) || typeof sig !== "string") return false;
    const expected = Buffer.from(this.sign(name, Number(exp)));
    const given = Buffer.from(sig);
    // Lengths are public (a signature is always 43 characters); the bytes are compared in constant time.
    const genuine = given.length === expected.length && timingSafeEqual(given, expected);
    return genuine && Number(exp) * 1000 > this.clock.now().getTime();
  }

  private sign(name: string, exp: number): string {
    // exp is digits only, so "exp\nname" cannot be read two ways.
    return createHmac("sha256", this.key).update(`${exp}\n${name}`).digest("base64url");
  }
}
