import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";

export class WecomXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WecomXmlError";
  }
}

// Every value stays a string: MsgId and CreateTime are 64-bit numbers that must not lose digits,
// and an EventKey like "007" must come back unchanged. WeCom's messages are at most a few levels
// deep (vote cards: SelectedItems > SelectedItem > OptionIds > OptionId), so 16 is plenty.
const MAX_DEPTH = 16;
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, processEntities: true, maxNestedTags: MAX_DEPTH });
/** Element names that would reach Object.prototype if a parser ever copied them onto an object. */
const PROTOTYPE_KEYS = /<\/?\s*(__proto__|constructor|prototype)[\s/>]/i;
const MAX_XML = 1024 * 1024;

/**
 * Parses a small WeCom XML document (`<xml>…</xml>`) into its root object. Anything the parser
 * cannot or must not read — a DTD, prototype keys, nesting beyond MAX_DEPTH, malformed XML — is a
 * WecomXmlError (the route answers 400), never a 500.
 */
export function parseWecomXml(xml: string): unknown {
  if (xml.length > MAX_XML) throw new WecomXmlError("XML too large");
  // WeCom never sends a DTD; refusing one rules out entity-expansion tricks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new WecomXmlError("DTDs are not accepted");
  if (PROTOTYPE_KEYS.test(xml)) throw new WecomXmlError("reserved element name");
  let doc: unknown;
  try {
    if (XMLValidator.validate(xml) !== true) throw new WecomXmlError("malformed XML");
    doc = parser.parse(xml);
  } catch (error) {
    if (error instanceof WecomXmlError) throw error;
    // The parser's own refusals (nesting, reserved names) are plain Errors: still the sender's fault.
    throw new WecomXmlError(`unreadable XML: ${error instanceof Error ? error.message.slice(0, 100) : "parse error"}`);
  }
  const root = typeof doc === "object" && doc !== null && Object.hasOwn(doc, "xml") ? (doc as { xml: unknown }).xml : undefined;
  if (typeof root !== "object" || root === null) throw new WecomXmlError("missing <xml> root");
  return root;
}

const text = z.string().max(20_000);
const common = {
  ToUserName: z.string().max(128),
  FromUserName: z.string().min(1).max(128),
  CreateTime: z.string().regex(/^\d{1,20}$/),
  AgentID: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
};

/** A text message a member sent to the app. */
export const textMessageSchema = z.object({ ...common, MsgType: z.literal("text"), Content: text.default(""), MsgId: z.string().regex(/^\d{1,30}$/) });

/**
 * A file a member sent to the app: its MediaId fetches it (media/get) for 3 days. FileName is
 * optional here: when it is missing the download's Content-Disposition names it.
 */
export const fileMessageSchema = z.object({
  ...common,
  MsgType: z.literal("file"),
  MediaId: z.string().min(1).max(512),
  FileName: z.string().trim().max(255).optional(),
  MsgId: z.string().regex(/^\d{1,30}$/),
});

/** A button pressed on one of our template cards. */
export const cardEventSchema = z.object({
  ...common,
  MsgType: z.literal("event"),
  Event: z.literal("template_card_event"),
  EventKey: z.string().max(1024).default(""),
  TaskId: z.string().max(128).default(""),
  CardType: z.string().max(64).optional(),
  ResponseCode: z.string().max(1024).optional(),
});

/**
 * 客户联系: a customer (ExternalUserID) and one of our members (UserID). ChangeType add_external_contact
 * (the customer added the member), del_external_contact (the customer deleted the member),
 * del_follow_user (the member deleted or lost the customer); other change types are ignored.
 */
export const externalContactEventSchema = z.object({
  ...common,
  MsgType: z.literal("event"),
  Event: z.literal("change_external_contact"),
  ChangeType: z.string().min(1).max(64),
  UserID: z.string().min(1).max(128),
  ExternalUserID: z.string().min(1).max(128),
  State: z.string().max(64).optional(),
  WelcomeCode: z.string().max(256).optional(),
});

/**
 * 客户群变更 (change_external_chat): a customer group changed. An `update` with UpdateDetail
 * `del_member` lists who left in MemChangeList (WeCom's newer callbacks; without it nobody is named).
 */
const memberList = z.union([z.string().max(128), z.array(z.string().max(128)).max(200)]).transform((v) => (Array.isArray(v) ? v : [v]));
export const externalChatEventSchema = z.object({
  ...common,
  MsgType: z.literal("event"),
  Event: z.literal("change_external_chat"),
  ChatId: z.string().min(1).max(128),
  ChangeType: z.string().min(1).max(64),
  UpdateDetail: z.string().max(64).optional(),
  QuitScene: z.string().max(16).optional(),
  MemChangeList: z
    .object({ Item: memberList.optional() })
    .optional()
    .transform((v) => v?.Item ?? []),
});

/** Anything else (pictures, enter_agent, subscribe…): acknowledged and ignored. */
export const otherSchema = z.object({
  ...common,
  MsgType: z.string().min(1).max(64),
  Event: z.string().max(64).optional(),
  MsgId: z.string().max(30).optional(),
});

export type TextMessageXml = z.infer<typeof textMessageSchema>;
export type FileMessageXml = z.infer<typeof fileMessageSchema>;
export type CardEventXml = z.infer<typeof cardEventSchema>;
export type OtherXml = z.infer<typeof otherSchema>;
export type ExternalContactXml = z.infer<typeof externalContactEventSchema>;
export type ExternalChatXml = z.infer<typeof externalChatEventSchema>;

export type WecomInbound =
  | { kind: "text"; xml: TextMessageXml }
  | { kind: "file"; xml: FileMessageXml }
  | { kind: "card"; xml: CardEventXml }
  | { kind: "contact"; xml: ExternalContactXml }
  | { kind: "group"; xml: ExternalChatXml }
  | { kind: "other"; xml: OtherXml };

/** Classifies and validates a decrypted message; a payload that fits no schema is a WecomXmlError. */
export function parseInboundXml(xml: string): WecomInbound {
  const root = parseWecomXml(xml);
  const type = (root as { MsgType?: unknown }).MsgType;
  const event = (root as { Event?: unknown }).Event;
  if (type === "text") return { kind: "text", xml: validate(textMessageSchema, root) };
  if (type === "file") {
    // A file message of a shape we do not know is acknowledged and ignored like any other, not refused.
    const file = fileMessageSchema.safeParse(root);
    if (file.success) return { kind: "file", xml: file.data };
  }
  if (type === "event" && event === "template_card_event") return { kind: "card", xml: validate(cardEventSchema, root) };
  if (type === "event" && event === "change_external_contact") return { kind: "contact", xml: validate(externalContactEventSchema, root) };
  if (type === "event" && event === "change_external_chat") return { kind: "group", xml: validate(externalChatEventSchema, root) };
  return { kind: "other", xml: validate(otherSchema, root) };
}

export function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WecomXmlError(`${issue?.path.join(".") || "xml"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
