import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";

/** Stored form of an encrypted value: `v1:<keyId>:<iv b64>:<ciphertext+tag b64>`. */
export const SEALED_PREFIX = "v1:";
const SEALED = /^v1:([A-Za-z0-9_-]{8}):([A-Za-z0-9+/]{16}):([A-Za-z0-9+/]*={0,2})$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

/** What the lookup hash of a value is about: the same digits as phone and as WeChat id must not collide. */
export type HashKind = "phone" | "email";

/** A stored value that cannot be decrypted: tampered with, or under a key this process does not have. */
export class FieldCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FieldCipherError";
  }
}

interface RingKey {
  id: string;
  encryption: Buffer;
  lookup: Buffer;
}

/**
 * AES-256-GCM for personal fields plus a keyed hash (HMAC-SHA256) for exact lookup, under one data
 * key and any number of previous keys. The key id in every stored value names the key it needs, so
 * during a rotation values under the old and the new key are both readable. Each value gets a fresh
 * random 96-bit IV; the field's name is authenticated too, so a value copied into another column
 * does not decrypt.
 */
export class FieldCipher {
  private readonly current: RingKey;
  private readonly byId: Map<string, RingKey>;

  constructor(currentKey: Buffer, previousKeys: readonly Buffer[] = []) {
    this.current = ringKey(currentKey);
    this.byId = new Map([this.current, ...previousKeys.map(ringKey)].map((k) => [k.id, k]));
  }

  /** Id of the key new values are written under. */
  get keyId(): string {
    return this.current.id;
  }

  /** Ids of every key this cipher can read with. */
  get keyIds(): string[] {
    return [...this.byId.keys()];
  }

  encrypt(plain: string, field: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.current.encryption, iv);
    cipher.setAAD(Buffer.from(field, "utf8"));
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
    return `${SEALED_PREFIX}${this.current.id}:${iv.toString("base64")}:${body.toString("base64")}`;
  }

  decrypt(stored: string, field: string): string {
    const parts = SEALED.exec(stored);
    if (!parts) throw new FieldCipherError(`${field}: not an encrypted value`);
    const key = this.byId.get(parts[1]!);
    if (!key) throw new FieldCipherError(`${field}: encrypted under key ${parts[1]}, which is not configured (CRM_DATA_KEY / CRM_DATA_KEY_PREVIOUS)`);
    const body = Buffer.from(parts[3]!, "base64");
    if (body.length < TAG_BYTES) throw new FieldCipherError(`${field}: encrypted value is truncated`);
    try {
      const decipher = createDecipheriv("aes-256-gcm", key.encryption, Buffer.from(parts[2]!, "base64"));
      decipher.setAAD(Buffer.from(field, "utf8"));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString("utf8");
    } catch {
      throw new FieldCipherError(`${field}: encrypted value does not authenticate (tampered with, or wrong key)`);
    }
  }

  /** True for a value in the stored format (under any key); plaintext from before encryption is not. */
  isEncrypted(stored: string): boolean {
    return isSealedValue(stored);
  }

  /** True when the value is encrypted under the current key (a rotation skips it). */
  isCurrent(stored: string): boolean {
    return stored.startsWith(`${SEALED_PREFIX}${this.current.id}:`);
  }

  /** The lookup hash of an already normalized value under the current key: `<keyId>:<hmac b64url>`. */
  hash(kind: HashKind, normalized: string): string {
    return lookupHash(this.current, kind, normalized);
  }

  /** The hashes under every configured key: what a lookup matches while a rotation is under way. */
  hashes(kind: HashKind, normalized: string): string[] {
    return [...this.byId.values()].map((k) => lookupHash(k, kind, normalized));
  }

  isCurrentHash(hash: string): boolean {
    return hash.startsWith(`${this.current.id}:`);
  }
}

/** True for a value in the stored encrypted format, under any key (e.g. to hide it in the audit trail). */
export function isSealedValue(value: string): boolean {
  return SEALED.test(value);
}

function ringKey(key: Buffer): RingKey {
  if (key.length !== DATA_KEY_BYTES) throw new FieldCipherError(`a data key must be ${DATA_KEY_BYTES} bytes, got ${key.length}`);
  // Separate keys for separate jobs (HKDF), so the lookup hash reveals nothing about the encryption key.
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), info, 32));
  const id = createHash("sha256").update(derive("crm key id")).digest("base64url").slice(0, 8);
  return { id, encryption: derive("crm field encryption v1"), lookup: derive("crm lookup hash v1") };
}

function lookupHash(key: RingKey, kind: HashKind, normalized: string): string {
  return `${key.id}:${createHmac("sha256", key.lookup).update(`${kind}\0${normalized}`).digest("base64url")}`;
}
