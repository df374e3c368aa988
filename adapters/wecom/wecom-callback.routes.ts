import type Router from "@koa/router";
import type { Context } from "koa";
import type { Inbox } from "../../bot/inbox.js";
import type { Clock } from "../../domain/shared/clock.js";
import type { RouteInstaller } from "../channel-adapter.js";
import { readRawBody } from "../read-raw-body.js";
import { type InboundFileStore, receiveFileEvent } from "../inbound-file.js";
import { fileMessageToEvent, isCustomerId, type LookedUp, toInboundEvent } from "./to-inbound-event.js";
import { lookUpCustomer, lookUpGroupOwner } from "./wecom-customer-lookup.js";
import type { WecomApiClient } from "./wecom-api.client.js";
import { fetchWecomFile } from "./wecom-file-message.js";
import { callbackGuard, signedQuery, verifyQuery } from "./wecom-callback-guard.js";
import { readEnvelope } from "./wecom-envelope.js";
import { type WecomInbound, WecomXmlError, parseInboundXml } from "./wecom-xml.js";
import type { WecomConfig } from "./wecom.config.js";

export const WECOM_CALLBACK_PATH = "/wecom/callback";

export interface WecomCallbackDeps {
  config: Pick<WecomConfig, "corpId" | "agentId" | "token" | "encodingAesKey">;
  inbox: Pick<Inbox, "receive" | "isRecorded">;
  /** Files members send (spreadsheets to import) are fetched with media/get into this store; without it they are ignored. */
  files?: InboundFileStore & { api: Pick<WecomApiClient, "downloadMedia"> };
  /** 客户联系: a new customer's name and a customer group's owner are asked of WeCom with this client; without it, not. */
  customers?: Pick<WecomApiClient, "read" | "call">;
  clock: Clock;
  logger: { warn(message: string, detail?: unknown): void };
}

/**
 * The callback URL of the self-built app. GET is the URL check (echo the decrypted echostr);
 * POST carries an encrypted message or event. Order matters: the query and its timestamp are
 * checked first, then only the Encrypt field is taken from the body (a strict scan, no XML
 * parser), then msg_signature over it; only a verified, decrypted message is parsed as XML.
 * A refusal is 400 (unreadable) or 401 (not verified), logged in one line, and records nothing;
 * a verified event is recorded in the durable inbox and acknowledged with an empty 200 at once
 * (WeCom waits 5 seconds), the bot's work and replies follow from there.
 */
export function wecomCallbackRoutes(deps: WecomCallbackDeps): RouteInstaller {
  const secrets = { token: deps.config.token, encodingAesKey: deps.config.encodingAesKey, corpId: deps.config.corpId };

  const { refuse, checkedQuery, open } = callbackGuard({ name: "wecom", secrets, clock: deps.clock, logger: deps.logger });

  const xmlOr400 = <T>(ctx: Context, parse: () => T): T => {
    try {
      return parse();
    } catch (error) {
      if (error instanceof WecomXmlError) return refuse(ctx, 400, error.message);
      throw error;
    }
  };

  return (router: Router) => {
    router.get(WECOM_CALLBACK_PATH, (ctx) => {
      const query = checkedQuery(ctx, verifyQuery);
      // Query parsing turns an unescaped "+" of the base64 echostr into a space; base64 has no spaces.
      const echostr = query.echostr.replace(/ /g, "+");
      ctx.type = "text/plain";
      ctx.body = open(ctx, query, echostr);
    });

    router.post(WECOM_CALLBACK_PATH, async (ctx) => {
      const query = checkedQuery(ctx, signedQuery);
      const raw = await readRawBody(ctx);
      const envelope = xmlOr400(ctx, () => readEnvelope(raw));
      const plaintext = open(ctx, query, envelope.encrypt);
      const inbound = xmlOr400(ctx, () => parseInboundXml(plaintext));
      // One callback URL per app: an event for another agent of the corp is not ours to act on.
      const agentId = inbound.xml.AgentID;
      const ours = agentId === undefined || Number(agentId) === deps.config.agentId;
      if (ours && inbound.kind === "file" && deps.files) {
        // Fetched before the event is recorded (within WeCom's 5 s), so the event names a stored file.
        const { api, ...files } = deps.files;
        const xml = inbound.xml;
        await receiveFileEvent(deps.inbox, files, fileMessageToEvent(xml, deps.config.corpId), () => fetchWecomFile(xml, api, files), xml.FileName || "file");
      } else if (ours && (inbound.kind === "contact" || inbound.kind === "group")) {
        // Asked before the event is recorded (within WeCom's 5 s), so the event carries the answers.
        const normalized = toInboundEvent(inbound, deps.config.corpId, await lookUp(inbound, deps));
        if (normalized) await deps.inbox.receive(normalized.event, normalized.target);
      } else {
        const normalized = ours ? toInboundEvent(inbound, deps.config.corpId) : null;
        if (normalized) await deps.inbox.receive(normalized.event, normalized.target);
      }
      ctx.status = 200;
      ctx.type = "text/plain";
      ctx.body = "";
    });
  };
}

/**
 * What WeCom's customer events leave out: a new customer's name, company and title (the lead is
 * named after them), and who owns a customer group (the rep whose customer left it). Not asked for
 * a delivery already recorded, nor for other changes; each answer is given up after 2.5 s.
 */
async function lookUp(inbound: Extract<WecomInbound, { kind: "contact" | "group" }>, deps: WecomCallbackDeps): Promise<LookedUp> {
  const api = deps.customers;
  if (!api) return {};
  if (inbound.kind === "contact") {
    if (inbound.xml.ChangeType !== "add_external_contact") return {};
    const plain = toInboundEvent(inbound, deps.config.corpId);
    if (plain?.event.eventId && (await deps.inbox.isRecorded(plain.event.channel, plain.event.eventId))) return {};
    return { customer: await lookUpCustomer(api, inbound.xml.ExternalUserID) };
  }
  const { ChangeType, UpdateDetail, MemChangeList, QuitScene } = inbound.xml;
  if (ChangeType !== "update" || UpdateDetail !== "del_member" || QuitScene === "1" || !MemChangeList.some(isCustomerId)) return {};
  return { groupOwner: await lookUpGroupOwner(api, inbound.xml.ChatId) };
}
