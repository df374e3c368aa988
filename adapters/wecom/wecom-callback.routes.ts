import type Router from "@koa/router";
import type { Context } from "koa";
import { z } from "zod";
import type { Inbox } from "../../bot/delivery/inbox.js";
import type { RouteInstaller } from "../../app/http-server.js";
import { readRawBody } from "./read-raw-body.js";
import { toInboundEvent } from "./to-inbound-event.js";
import { WecomCryptoError, openCallback } from "./wecom-crypto.js";
import { WecomXmlError, envelopeSchema, parseInboundXml, parseWecomXml, validate } from "./wecom-xml.js";
import type { WecomConfig } from "./wecom.config.js";

export const WECOM_CALLBACK_PATH = "/wecom/callback";

const signedQuery = z.object({
  msg_signature: z.string().regex(/^[0-9a-fA-F]{40}$/),
  timestamp: z.string().regex(/^\d{1,20}$/),
  nonce: z.string().min(1).max(64),
});
const verifyQuery = signedQuery.extend({ echostr: z.string().min(1).max(4096) });

export interface WecomCallbackDeps {
  config: Pick<WecomConfig, "corpId" | "agentId" | "token" | "encodingAesKey">;
  inbox: Pick<Inbox, "receive">;
  logger: { warn(message: string, detail?: unknown): void };
}

/**
 * The callback URL of the self-built app. GET is the URL check (echo the decrypted echostr);
 * POST carries an encrypted message or event. Anything that fails verification gets 401 and
 * nothing is recorded; a verified event is recorded in the durable inbox and acknowledged with
 * an empty 200 at once (WeCom waits 5 seconds), the bot's work and replies follow from there.
 */
export function wecomCallbackRoutes(deps: WecomCallbackDeps): RouteInstaller {
  const secrets = { token: deps.config.token, encodingAesKey: deps.config.encodingAesKey, corpId: deps.config.corpId };

  const open = (ctx: Context, query: z.infer<typeof signedQuery>, encrypted: string): string => {
    try {
      return openCallback(secrets, { signature: query.msg_signature, timestamp: query.timestamp, nonce: query.nonce }, encrypted);
    } catch (error) {
      if (!(error instanceof WecomCryptoError)) throw error;
      deps.logger.warn(`wecom: callback refused (${error.message})`);
      return ctx.throw(401, "verification failed");
    }
  };

  return (router: Router) => {
    router.get(WECOM_CALLBACK_PATH, (ctx) => {
      const query = verifyQuery.safeParse(ctx.query);
      if (!query.success) return ctx.throw(401, "verification failed");
      // Query parsing turns an unescaped "+" of the base64 echostr into a space; base64 has no spaces.
      const echostr = query.data.echostr.replace(/ /g, "+");
      ctx.type = "text/plain";
      ctx.body = open(ctx, query.data, echostr);
    });

    router.post(WECOM_CALLBACK_PATH, async (ctx) => {
      const query = signedQuery.safeParse(ctx.query);
      if (!query.success) return ctx.throw(401, "verification failed");
      const raw = await readRawBody(ctx);
      const envelope = xmlOr400(ctx, () => validate(envelopeSchema, parseWecomXml(raw)));
      const plaintext = open(ctx, query.data, envelope.Encrypt);
      const inbound = xmlOr400(ctx, () => parseInboundXml(plaintext));
      // One callback URL per app: an event for another agent of the corp is not ours to act on.
      const agentId = inbound.xml.AgentID;
      const normalized = agentId === undefined || Number(agentId) === deps.config.agentId ? toInboundEvent(inbound, deps.config.corpId) : null;
      if (normalized) await deps.inbox.receive(normalized.event, normalized.target);
      ctx.status = 200;
      ctx.type = "text/plain";
      ctx.body = "";
    });
  };
}

function xmlOr400<T>(ctx: Context, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof WecomXmlError) return ctx.throw(400, error.message);
    throw error;
  }
}
