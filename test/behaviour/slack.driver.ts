import { fromSlackActionId } from "../../adapters/slack/render-slack-blocks.js";
import type { SlackCall } from "../fake-slack.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { dm, startSlackHarness } from "../slack-harness.js";
import { BEHAVIOUR_NOW } from "./channel-behaviour.js";
import type { ChannelDriver, Seen, SeenButton } from "./channel-driver.js";
import { pngImages } from "./seen-images.js";

const GROUP = "CSALES";
/** The suite's people as Slack users: ids and the names the suite types ("用户 团队 li Sales"). */
const slackId = (user: string) => `U${user.toUpperCase()}`;
const dmChannel = (user: string) => `D${user.toUpperCase()}`;

type Block = {
  text?: { text?: string };
  fields?: { text?: string }[];
  elements?: { type: string; action_id?: string; value?: string; text?: { text?: string } | string }[];
};

/** Slack through Bolt and the real Web API client, signed Events API and interactivity requests, against the fake Slack. */
export async function slackDriver(): Promise<ChannelDriver> {
  const h = await startSlackHarness(BEHAVIOUR_NOW, { ...NO_LIMITS_ENV, CRM_SCHEDULER: "off" });
  for (const user of ["boss", "li", "mgr"]) h.fake.setUser(slackId(user), { real_name: user, locale: "zh-CN", tz: "Asia/Shanghai" });
  const userOf = new Map(["boss", "li", "mgr"].flatMap((u) => [[dmChannel(u), u] as const, [slackId(u), u] as const]));
  const responders = new Map<string, string>();
  let clicks = 0;
  const seenOf = (call: SlackCall): Seen | null => {
    const body = call.body;
    let chat: string | undefined;
    // files.uploadV2 shares the uploaded files in a conversation when it completes: the pictures are the bytes the upload_url got.
    if (call.method === "files.completeUploadExternal") {
      const files = (body.files ?? []) as { id: string }[];
      return {
        chat: userOf.get(String(body.channel_id)) ?? String(body.channel_id),
        text: String(body.initial_comment ?? ""),
        buttons: [],
        images: pngImages(files.map((f) => h.fake.uploads.get(f.id)?.bytes)),
      };
    }
    if (call.method === "chat.postMessage") chat = userOf.get(String(body.channel)) ?? String(body.channel);
    else if (call.method === "chat.postEphemeral") chat = userOf.get(String(body.user)) ?? String(body.user);
    else if (call.method === "response_url") chat = responders.get(String(body.url)) ?? "?";
    else return null;
    const blocks = (body.blocks ?? []) as Block[];
    const texts = [String(body.text ?? ""), ...blocks.flatMap((b) => [b.text?.text ?? "", ...(b.fields ?? []).map((f) => f.text ?? "")])];
    const buttons: SeenButton[] = blocks
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.type === "button" && e.action_id)
      .map((e) => ({
        label: typeof e.text === "string" ? e.text : (e.text?.text ?? ""),
        actionId: fromSlackActionId(e.action_id!),
        value: e.value ?? "",
        handle: { actionId: e.action_id, channel: String(body.channel ?? "") },
      }));
    return { chat, text: texts.filter(Boolean).join("\n"), buttons, images: [] };
  };
  const settle = () => h.settle();
  return {
    name: "slack",
    platform: "slack",
    app: h.app,
    clock: h.clock,
    group: GROUP,
    can: { groupInbound: true, groupButtons: true, outage: true, push: true, images: true },
    async sendFile(user, fileName, bytes, eventId) {
      const id = `F${(eventId ?? fileName).replace(/[^A-Za-z0-9]/gu, "").toUpperCase()}`;
      const url = h.fake.shareFile(id, bytes);
      const share = {
        type: "message",
        subtype: "file_share",
        channel_type: "im",
        channel: dmChannel(user),
        user: slackId(user),
        text: "",
        ts: `${Date.now() / 1000}`,
        files: [{ id, name: fileName, size: bytes.length, url_private_download: url }],
      };
      await h.sendEvent(share, eventId ? { eventId } : {});
      await h.settle();
    },
    async direct(user, text, eventId) {
      await h.sendEvent({ ...dm(slackId(user), text), channel: dmChannel(user) }, eventId ? { eventId } : {});
      await settle();
    },
    async inGroup(user, text, eventId) {
      await h.sendEvent(
        { type: "app_mention", user: slackId(user), text: `<@UBOT> ${text}`, channel: GROUP, ts: `${Date.now() / 1000}` },
        eventId ? { eventId } : {},
      );
      await settle();
    },
    async press(user, button, where) {
      const handle = button.handle as { actionId: string };
      const channel = where === "group" ? GROUP : dmChannel(user);
      const url = `/response/click-${++clicks}`;
      responders.set(url, user);
      await h.sendInteraction({
        type: "block_actions",
        user: { id: slackId(user), team_id: "T1" },
        container: { type: "message", message_ts: `${1_700_000_000 + clicks}.000100`, channel_id: channel, is_ephemeral: false },
        channel: { id: channel, name: where === "group" ? "sales" : "directmessage" },
        response_url: `${h.fake.responseBase}/click-${clicks}`,
        trigger_id: `trig-behaviour-${clicks}`,
        actions: [{ type: "button", action_id: handle.actionId, block_id: "b1", value: button.value, action_ts: `${Date.now() / 1000}` }],
      });
      await settle();
    },
    seen: () => h.fake.calls.flatMap((c) => seenOf(c) ?? []),
    outage(on) {
      h.fake.setOutage(on ? (method) => method.startsWith("chat.") : undefined);
    },
    settle,
    close: () => h.close(),
  };
}
