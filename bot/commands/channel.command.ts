import { CHANNEL_PURPOSES, type ChannelPurpose } from "../../domain/automation/team-channel.service.js";
import type { TurnContext } from "../context.js";
import { AM } from "../i18n/automation-messages.js";
import { M } from "../i18n/messages.js";
import type { Replies } from "../context.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { channelDeclaration } from "./channel.declaration.js";

const PURPOSES: Record<string, ChannelPurpose> = { 简报: "digest", 日报: "digest", 提醒: "alerts", 告警: "alerts", 审批: "approvals" };
const LIST = ["list", "ls", "列表", "查看"];
const REMOVE = ["remove", "rm", "delete", "off", "stop", "取消", "删除", "移除", "停止"];

function purposeOf(word: string | undefined): ChannelPurpose | undefined {
  const lower = (word ?? "").toLowerCase();
  return (CHANNEL_PURPOSES as readonly string[]).includes(lower) ? (lower as ChannelPurpose) : PURPOSES[lower];
}

/**
 * `channel digest|alerts|approvals` sent in a group chat: that group gets the sender's team's digests /
 * alerts / approvals. `channel list` shows the registrations; `channel remove <purpose>` ends one.
 */
export const channelCommand: Command = {
  ...declared(channelDeclaration),
  async run(ctx, args) {
    const word = (args[0] ?? "").toLowerCase();
    if (LIST.includes(word) && args.length === 1) return listChannels(ctx);
    if (REMOVE.includes(word) && args.length === 2 && purposeOf(args[1])) return removeChannel(ctx, purposeOf(args[1])!);
    const purpose = purposeOf(args[0]);
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

async function listChannels(ctx: TurnContext): Replies {
  const channels = await ctx.domain.teamChannels.list(ctx.actor);
  if (channels.length === 0) return [{ text: AM.noChannels[ctx.locale]() }];
  const here = (c: { platform: string; conversationId: string }) => c.platform === ctx.event.channel && c.conversationId === ctx.event.conversation.id;
  const lines = channels.map(
    (c) => `• ${c.team.name} · ${AM.purposeName[ctx.locale](c.purpose)} · ${c.platform} ${c.conversationId}${here(c) ? AM.thisChat[ctx.locale]() : ""}`,
  );
  return [{ card: { title: AM.channelsTitle[ctx.locale](), blocks: [{ type: "text", text: lines.join("\n") }] } }];
}

/** Ends the team's registration for one purpose on the platform the command came from. */
async function removeChannel(ctx: TurnContext, purpose: ChannelPurpose): Replies {
  const removed = await ctx.domain.teamChannels.unregister(ctx.actor, { platform: ctx.event.channel, purpose });
  if (!removed) return [{ text: AM.channelNotRegistered[ctx.locale](purpose) }];
  return [{ text: AM.channelRemoved[ctx.locale](purpose, removed.team.name) }];
}
