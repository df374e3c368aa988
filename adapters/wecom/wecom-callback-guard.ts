import type { Context } from "koa";
import { z } from "zod";
import type { Clock } from "../../domain/shared/clock.js";
import { type CallbackSecrets, WecomCryptoError, openCallback, timestampInWindow } from "./wecom-crypto.js";

/** The signature parameters of every WeCom callback (the app's and the smart bot's). */
export const signedQuery = z.object({
  msg_signature: z.string().regex(/^[0-9a-fA-F]{40}$/),
  timestamp: z.string().regex(/^\d{1,20}$/),
  nonce: z.string().min(1).max(64),
});
/** The admin console's URL check adds the encrypted echo. */
export const verifyQuery = signedQuery.extend({ echostr: z.string().min(1).max(4096) });
export type SignedQuery = z.infer<typeof signedQuery>;

/**
 * The checks a WeCom callback passes before anything is read (app and smart bot alike): the query
 * well-formed and stamped near our clock, then msg_signature and the ciphertext. A refusal is
 * 400 (unreadable) or 401 (not verified), logged in one line under `name`.
 */
export function callbackGuard(deps: { name: string; secrets: CallbackSecrets; clock: Clock; logger: { warn(message: string, detail?: unknown): void } }) {
  const refuse = (ctx: Context, status: 400 | 401, reason: string): never => {
    deps.logger.warn(`${deps.name}: callback refused with ${status} (${reason})`);
    return ctx.throw(status, status === 400 ? "unreadable callback" : "verification failed");
  };

  const checkedQuery = <T extends z.ZodType<SignedQuery>>(ctx: Context, schema: T): z.infer<T> => {
    const query = schema.safeParse(ctx.query);
    if (!query.success) return refuse(ctx, 401, "missing or malformed signature parameters");
    if (!timestampInWindow(query.data.timestamp, deps.clock.now())) return refuse(ctx, 401, `timestamp ${query.data.timestamp} too far from now`);
    return query.data;
  };

  const open = (ctx: Context, query: SignedQuery, encrypted: string): string => {
    try {
      return openCallback(deps.secrets, { signature: query.msg_signature, timestamp: query.timestamp, nonce: query.nonce }, encrypted);
    } catch (error) {
      if (!(error instanceof WecomCryptoError)) throw error;
      return refuse(ctx, 401, error.message);
    }
  };

  return { refuse, checkedQuery, open };
}
