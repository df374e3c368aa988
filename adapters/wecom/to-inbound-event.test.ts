import { describe, expect, it } from "vitest";
import { toInboundEvent } from "./to-inbound-event.js";
import { WecomXmlError, parseInboundXml } from "./wecom-xml.js";
import { readWecomConfig } from "./wecom.config.js";

const CORP = "ww1436e0e65a779aee";

// The decrypted message of WeCom's official sample.
const SAMPLE_TEXT =
  "<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName><CreateTime>1476422779</CreateTime>" +
  "<MsgType>text</MsgType><Content>你好</Content><MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>";

// The shape of a template_card_event (developer.work.weixin.qq.com/document/path/90240).
const CLICK =
  "<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName><FromUserName><![CDATA[ChenJiaShun]]></FromUserName>" +
  "<CreateTime>1476422800</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>" +
  "<EventKey><![CDATA[deal.move-stage|d1:won:007]]></EventKey><TaskId><![CDATA[crm_task_1]]></TaskId>" +
  "<CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[rc-123]]></ResponseCode><AgentID>1000002</AgentID></xml>";

describe("parseInboundXml + toInboundEvent", () => {
  it("turns the official sample text into a message event deduped on MsgId", () => {
    const normalized = toInboundEvent(parseInboundXml(SAMPLE_TEXT), CORP);
    expect(normalized?.event).toEqual({
      type: "message",
      eventId: "msg:1456453720",
      channel: "wecom",
      text: "你好",
      user: { platformUserId: "ChenJiaShun", tenantId: CORP },
      conversation: { id: "ChenJiaShun", kind: "direct" },
    });
    expect(normalized?.target).toEqual({ conversationId: "ChenJiaShun", kind: "direct", platformUserId: "ChenJiaShun", tenantId: CORP });
  });

  it("turns a template_card_event into a card action with the response code as reply context", () => {
    const normalized = toInboundEvent(parseInboundXml(CLICK), CORP);
    // Values stay strings exactly as sent ("007" is not a number).
    expect(normalized?.event).toMatchObject({ type: "card.action", actionId: "deal.move-stage", value: "d1:won:007" });
    expect(normalized?.target.replyContext).toEqual({ responseCode: "rc-123", taskId: "crm_task_1" });
    // The same click delivered again has the same id; another button in the same second does not.
    expect(toInboundEvent(parseInboundXml(CLICK), CORP)?.event.eventId).toBe(normalized?.event.eventId);
    const other = toInboundEvent(parseInboundXml(CLICK.replace("d1:won:007", "d1:lost:007")), CORP);
    expect(other?.event.eventId).not.toBe(normalized?.event.eventId);
    expect(normalized?.event.eventId.length).toBeLessThanOrEqual(500);
  });

  it("ignores events we do not act on and keys that are not ours", () => {
    const enter = SAMPLE_TEXT.replace(
      "<MsgType>text</MsgType><Content>你好</Content><MsgId>1456453720</MsgId>",
      "<MsgType>event</MsgType><Event>enter_agent</Event>",
    );
    expect(toInboundEvent(parseInboundXml(enter), CORP)).toBeNull();
    expect(toInboundEvent(parseInboundXml(CLICK.replace("deal.move-stage|d1:won:007", "legacy-key")), CORP)).toBeNull();
  });

  it("refuses malformed or incomplete XML", () => {
    expect(() => parseInboundXml("<xml><MsgType>text</MsgType>")).toThrow(WecomXmlError);
    expect(() => parseInboundXml("not xml at all")).toThrow(WecomXmlError);
    expect(() => parseInboundXml(SAMPLE_TEXT.replace("<MsgId>1456453720</MsgId>", ""))).toThrow(/MsgId/);
    expect(() => parseInboundXml('<!DOCTYPE xml [<!ENTITY e "x">]><xml><MsgType>&e;</MsgType></xml>')).toThrow(/DTD/);
  });
});

describe("readWecomConfig", () => {
  const env = {
    WECOM_CORP_ID: CORP,
    WECOM_AGENT_ID: "1000002",
    WECOM_SECRET: "secret",
    WECOM_TOKEN: "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
    WECOM_ENCODING_AES_KEY: "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
  };

  it("is enabled with the required variables and defaults the official API host", () => {
    const result = readWecomConfig(env);
    expect(result).toMatchObject({ enabled: true, config: { corpId: CORP, agentId: 1000002, apiBase: "https://qyapi.weixin.qq.com" } });
  });

  it("is disabled when a required variable is missing, and stops on an invalid one", () => {
    expect(readWecomConfig({ ...env, WECOM_SECRET: "" })).toEqual({ enabled: false, missing: ["WECOM_SECRET"] });
    expect(readWecomConfig({})).toMatchObject({ enabled: false });
    expect(() => readWecomConfig({ ...env, WECOM_ENCODING_AES_KEY: "too-short" })).toThrow(/WECOM_ENCODING_AES_KEY/);
    expect(() => readWecomConfig({ ...env, WECOM_AGENT_ID: "abc" })).toThrow(/WECOM_AGENT_ID/);
  });
});
