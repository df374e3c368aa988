import { CHANNEL_PURPOSES, type ChannelPurpose } from "../../domain/automation/team-channel.service.js";
import { AM } from "../i18n/automation-messages.js";
import { M } from "../i18n/messages.js";
import type { Command } from "./command.js";

const PURPOSES: Record<string, ChannelPurpose> = { 简报: "digest", 日报: "digest", 提醒: "alerts", 告警: "alerts", 审批: "approvals" };

/** `channel digest|alerts|approvals` sent in a group chat: that group gets the sender's team's digests / alerts / approvals. */
export const channelCommand: Command = {
  names: ["channel", "频道"],
  usage: { zh: "频道 简报|提醒|审批（在群里发送）", en: "channel digest|alerts|approvals (send it in the group)" },
  async run(ctx, args) {
    const word = (args[0] ?? "").toLowerCase();
    const purpose = (CHANNEL_PURPOSES as readonly string[]).includes(word) ? (word as ChannelPurpose) : PURPOSES[word];
    if (!purpose || args.length !== 1) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    if (ctx.event.conversation.kind !== "group") return [{ text: AM.channelNeedsGroup[ctx.locale]() }];
    const { team } = await ctx.domain.teamChannels.register(ctx.actor, {
      platform: ctx.event.channel,
      conversationId: ctx.event.conversation.id,
      purpose,
    });
    return [{ text: AM.channelRegistered[ctx.locale](purpose, team.name) }];
  },
};
