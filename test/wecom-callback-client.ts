import { encrypt, getSignature } from "@wecom/crypto";

export interface WecomSecrets {
  corpId: string;
  agentId: number;
  token: string;
  encodingAesKey: string;
}

/**
 * Plays WeCom's side of the callback: encrypts and signs messages exactly as WeCom does (with
 * the independent @wecom/crypto implementation) and posts them to our callback URL.
 */
export class WecomCallbackClient {
  private seq = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly secrets: WecomSecrets,
    /** WeCom stamps each callback with its current time; the app refuses stamps far from its clock. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The GET URL check of the admin console. */
  async verifyUrl(echo: string, options: { badSignature?: boolean; timestamp?: string } = {}): Promise<{ status: number; text: string }> {
    const echostr = encrypt(this.secrets.encodingAesKey, echo, this.secrets.corpId);
    const { timestamp, nonce } = this.stamp(options.timestamp);
    const signature = options.badSignature ? "f".repeat(40) : getSignature(this.secrets.token, timestamp, nonce, echostr);
    const query = new URLSearchParams({ msg_signature: signature, timestamp, nonce, echostr });
    const res = await fetch(`${this.baseUrl}/wecom/callback?${query.toString()}`);
    return { status: res.status, text: await res.text() };
  }

  /** Posts one inner XML message, encrypted for `receiveId` (our corp id unless a test says otherwise). */
  async post(
    innerXml: string,
    options: { receiveId?: string; token?: string; rawBody?: string; timestamp?: string } = {},
  ): Promise<{ status: number; text: string }> {
    const encrypted = encrypt(this.secrets.encodingAesKey, innerXml, options.receiveId ?? this.secrets.corpId);
    const { timestamp, nonce } = this.stamp(options.timestamp);
    const signature = getSignature(options.token ?? this.secrets.token, timestamp, nonce, encrypted);
    const body =
      options.rawBody ??
      `<xml><ToUserName><![CDATA[${this.secrets.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt><AgentID><![CDATA[${this.secrets.agentId}]]></AgentID></xml>`;
    const query = new URLSearchParams({ msg_signature: signature, timestamp, nonce });
    const res = await fetch(`${this.baseUrl}/wecom/callback?${query.toString()}`, { method: "POST", headers: { "content-type": "text/xml" }, body });
    return { status: res.status, text: await res.text() };
  }

  /**
   * Posts a body as it is, with a well-formed query (current timestamp, a nonce) signed over
   * `signedEncrypt` (default: nothing the body contains), as an attacker without the token would.
   */
  async postUnsigned(body: string, options: { signedEncrypt?: string } = {}): Promise<{ status: number; text: string }> {
    const { timestamp, nonce } = this.stamp();
    const signature = getSignature("notTheToken", timestamp, nonce, options.signedEncrypt ?? "");
    const query = new URLSearchParams({ msg_signature: signature, timestamp, nonce });
    const res = await fetch(`${this.baseUrl}/wecom/callback?${query.toString()}`, { method: "POST", headers: { "content-type": "text/xml" }, body });
    return { status: res.status, text: await res.text() };
  }

  text(from: string, content: string, msgId: string, createTime = 1764036000): string {
    return (
      `<xml><ToUserName><![CDATA[${this.secrets.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
      `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content>` +
      `<MsgId>${msgId}</MsgId><AgentID>${this.secrets.agentId}</AgentID></xml>`
    );
  }

  /** A file message (MsgType file); without fileName the message carries no FileName. */
  file(from: string, mediaId: string, msgId: string, fileName?: string, createTime = 1764036000): string {
    return (
      `<xml><ToUserName><![CDATA[${this.secrets.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
      `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[file]]></MsgType><MediaId><![CDATA[${mediaId}]]></MediaId>` +
      (fileName !== undefined ? `<FileName><![CDATA[${fileName}]]></FileName>` : "") +
      `<MsgId>${msgId}</MsgId><AgentID>${this.secrets.agentId}</AgentID></xml>`
    );
  }

  cardClick(from: string, click: { eventKey: string; taskId: string; responseCode: string }, createTime = 1764036100): string {
    return (
      `<xml><ToUserName><![CDATA[${this.secrets.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
      `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>` +
      `<EventKey><![CDATA[${click.eventKey}]]></EventKey><TaskId><![CDATA[${click.taskId}]]></TaskId>` +
      `<CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[${click.responseCode}]]></ResponseCode>` +
      `<AgentID>${this.secrets.agentId}</AgentID></xml>`
    );
  }

  private stamp(timestamp?: string) {
    this.seq += 1;
    return { timestamp: timestamp ?? String(Math.floor(this.now().getTime() / 1000)), nonce: String(100000 + this.seq) };
  }
}
