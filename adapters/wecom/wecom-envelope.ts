import { WecomXmlError } from "./wecom-xml.js";

/** The outer envelope of a POSTed callback: only Encrypt is used (msg_signature covers it). */
export interface WecomEnvelope {
  encrypt: string;
  toUserName?: string;
  agentId?: string;
}

/** The fields WeCom puts in the envelope of a self-built app's callback; anything else is refused. */
const FIELDS = new Set(["ToUserName", "AgentID", "Encrypt"]);
const MAX_ENCRYPT = 1_000_000;
// One flat field: <Name>text</Name> or <Name><![CDATA[text]]></Name>, nothing nested. Sticky, so
// the scan is a single left-to-right pass over the body (no backtracking across fields).
const FIELD = /\s*<([A-Za-z]{1,32})>(?:<!\[CDATA\[([^\]<]*)\]\]>|([^<&]*))<\/\1>\s*/y;
const DECLARATION = /^\s*<\?xml[^?<>]{0,100}\?>/;

/**
 * Reads the envelope with a strict, bounded scan instead of an XML parser: this runs before the
 * signature is checked, so it must not build objects from attacker-chosen element names, recurse,
 * or expand entities. The envelope is flat (`<xml>` with a few text fields); any other shape —
 * unknown or nested elements, attributes, entities, a DTD, a repeated field — is a WecomXmlError (400).
 */
export function readEnvelope(raw: string): WecomEnvelope {
  const body = raw.replace(DECLARATION, "").trim();
  if (!body.startsWith("<xml>") || !body.endsWith("</xml>")) throw new WecomXmlError("not a WeCom envelope");
  const end = body.length - "</xml>".length;
  const fields = new Map<string, string>();
  let at = "<xml>".length;
  while (at < end) {
    FIELD.lastIndex = at;
    const match = FIELD.exec(body);
    if (!match || FIELD.lastIndex > end) throw new WecomXmlError("unexpected content in the envelope");
    const name = match[1] as string;
    if (!FIELDS.has(name)) throw new WecomXmlError("unexpected element in the envelope");
    if (fields.has(name)) throw new WecomXmlError("repeated element in the envelope");
    fields.set(name, (match[2] ?? match[3] ?? "").trim());
    at = FIELD.lastIndex;
  }
  const encrypt = fields.get("Encrypt");
  if (!encrypt) throw new WecomXmlError("Encrypt is missing");
  if (encrypt.length > MAX_ENCRYPT) throw new WecomXmlError("Encrypt is too long");
  const toUserName = fields.get("ToUserName");
  const agentId = fields.get("AgentID");
  return { encrypt, ...(toUserName ? { toUserName } : {}), ...(agentId ? { agentId } : {}) };
}
