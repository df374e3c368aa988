import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * WeCom callback crypto (企业微信 加解密方案): msg_signature and AES-256-CBC with the key from the
 * EncodingAESKey. Written on node:crypto rather than @wecom/crypto because that library accepts
 * invalid padding and out-of-range lengths silently; here every malformed input is an error.
 * @wecom/crypto is still used in the tests as an independent implementation to encrypt with.
 */

/** WeCom pads to 32-byte blocks (not AES's 16). */
const BLOCK = 32;

/**
 * How far a callback's timestamp (seconds) may be from our clock. WeCom documents no window; it
 * retries an unanswered callback three times within about 15 seconds (5-second timeout each) and
 * promises a nonce unique for two hours. Ten minutes back covers those retries plus a server clock
 * a few minutes off; two minutes ahead covers ordinary skew. A stamp outside is refused (401).
 */
export const WECOM_MAX_AGE_MS = 10 * 60 * 1000;
export const WECOM_MAX_AHEAD_MS = 2 * 60 * 1000;

export function timestampInWindow(timestamp: string, now: Date): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  const age = now.getTime() - Number(timestamp) * 1000;
  return age <= WECOM_MAX_AGE_MS && age >= -WECOM_MAX_AHEAD_MS;
}

export class WecomCryptoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WecomCryptoError";
  }
}

/** SHA1 of token, timestamp, nonce and the ciphertext, sorted as strings and concatenated. */
export function wecomSignature(token: string, timestamp: string, nonce: string, encrypted: string): string {
  return createHash("sha1").update([token, timestamp, nonce, encrypted].sort().join("")).digest("hex");
}

export function verifySignature(expected: string, token: string, timestamp: string, nonce: string, encrypted: string): boolean {
  const actual = Buffer.from(wecomSignature(token, timestamp, nonce, encrypted), "utf8");
  const given = Buffer.from(expected.toLowerCase(), "utf8");
  return given.length === actual.length && timingSafeEqual(given, actual);
}

function aesKey(encodingAesKey: string): { key: Buffer; iv: Buffer } {
  const key = Buffer.from(`${encodingAesKey}=`, "base64");
  if (encodingAesKey.length !== 43 || key.length !== 32) throw new WecomCryptoError("EncodingAESKey must be 43 characters (32 bytes)");
  return { key, iv: key.subarray(0, 16) };
}

/** Decrypts a ciphertext into the message and the receive id (the corp id for a self-built app). */
export function decryptMessage(encodingAesKey: string, encrypted: string): { message: string; receiveId: string } {
  const { key, iv } = aesKey(encodingAesKey);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encrypted)) throw new WecomCryptoError("ciphertext is not base64");
  const data = Buffer.from(encrypted, "base64");
  if (data.length === 0 || data.length % BLOCK !== 0) throw new WecomCryptoError("ciphertext length is not a multiple of 32");
  let plain: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key, iv);
    decipher.setAutoPadding(false);
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    throw new WecomCryptoError("ciphertext does not decrypt");
  }
  const pad = plain[plain.length - 1] ?? 0;
  if (pad < 1 || pad > BLOCK || plain.subarray(plain.length - pad).some((b) => b !== pad)) {
    throw new WecomCryptoError("invalid padding");
  }
  const body = plain.subarray(0, plain.length - pad);
  // 16 random bytes, 4-byte big-endian length, the message, then the receive id.
  if (body.length < 20) throw new WecomCryptoError("plaintext too short");
  const length = body.readUInt32BE(16);
  if (20 + length > body.length) throw new WecomCryptoError("message length out of range");
  return {
    message: body.subarray(20, 20 + length).toString("utf8"),
    receiveId: body.subarray(20 + length).toString("utf8"),
  };
}

/** Encrypts a message the way WeCom does (used for passive replies and by the tests). */
export function encryptMessage(encodingAesKey: string, message: string, receiveId: string, random: Buffer = randomBytes(16)): string {
  const { key, iv } = aesKey(encodingAesKey);
  const msg = Buffer.from(message, "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(msg.length, 0);
  const body = Buffer.concat([random, length, msg, Buffer.from(receiveId, "utf8")]);
  const pad = BLOCK - (body.length % BLOCK);
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([body, Buffer.alloc(pad, pad)])), cipher.final()]).toString("base64");
}

export interface CallbackSecrets {
  token: string;
  encodingAesKey: string;
  corpId: string;
}

/**
 * Verifies and opens one callback payload (the echostr of a URL check or the Encrypt of a POST).
 * Throws WecomCryptoError when the signature, the ciphertext or the receive id is wrong.
 */
export function openCallback(secrets: CallbackSecrets, query: { signature: string; timestamp: string; nonce: string }, encrypted: string): string {
  if (!verifySignature(query.signature, secrets.token, query.timestamp, query.nonce, encrypted)) {
    throw new WecomCryptoError("msg_signature mismatch");
  }
  const { message, receiveId } = decryptMessage(secrets.encodingAesKey, encrypted);
  if (receiveId !== secrets.corpId) throw new WecomCryptoError("receive id is not our corp id");
  return message;
}
