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
    if (purpose && args.length === 2) return registerByAddress(ctx, purpose, args[1]!);
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

/** A group that cannot hear the bot (a WeCom group robot), named by the address its platform gives it. */
async function registerByAddress(ctx: TurnContext, purpose: ChannelPurpose, address: string): Replies {
  const conversationId = ctx.notifier.chatIdFromAddress(ctx.event.channel, address);
  if (!conversationId) return [{ text: AM.channelAddressUnknown[ctx.locale]() }];
  const { team } = await ctx.domain.teamChannels.register(ctx.actor, { platform: ctx.event.channel, conversationId, purpose });
  return [{ text: AM.channelRegisteredByAddress[ctx.locale](purpose, team.name) }];
}

async function listChannels(ctx: TurnContext): Replies {
  const channels = await ctx.domain.teamChannels.list(ctx.actor);
  if (channels.length === 0) return [{ text: AM.noChannels[ctx.locale]() }];
  const here = (c: { platform: string; conversationId: string }) => c.platform === ctx.event.channel && c.conversationId === ctx.event.conversation.id;
  // An id made from an address holds its webhook key: anyone with it could post to the group.
  const shown = (c: { platform: string; conversationId: string }) =>
    ctx.notifier.isAddressed(c.platform, c.conversationId) ? `${c.conversationId.slice(0, c.conversationId.indexOf(":") + 5)}…` : c.conversationId;
  const lines = channels.map(
    (c) => `• ${c.team.name} · ${AM.purposeName[ctx.locale](c.purpose)} · ${c.platform} ${shown(c)}${here(c) ? AM.thisChat[ctx.locale]() : ""}`,
  );
  return [{ card: { title: AM.channelsTitle[ctx.locale](), blocks: [{ type: "text", text: lines.join("\n") }] } }];
}

/** Ends the team's registration for one purpose on the platform the command came from. */
async function removeChannel(ctx: TurnContext, purpose: ChannelPurpose): Replies {
  const removed = await ctx.domain.teamChannels.unregister(ctx.actor, { platform: ctx.event.channel, purpose });
  if (!removed) return [{ text: AM.channelNotRegistered[ctx.locale](purpose) }];
  return [{ text: AM.channelRemoved[ctx.locale](purpose, removed.team.name) }];
}
