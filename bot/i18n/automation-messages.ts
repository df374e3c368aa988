import { msg } from "./msg.js";

/** What the bot says about rules, channels and alerts (apart from messages.ts to keep merges clean). */
export const AM = {
  ruleEnabled: msg<[string]>(
    (k) => `✅ 规则 ${k} 已启用`,
    (k) => `✅ Rule ${k} enabled`,
  ),
  ruleDisabled: msg<[string]>(
    (k) => `⏸️ 规则 ${k} 已停用`,
    (k) => `⏸️ Rule ${k} disabled`,
  ),
  ruleUpdated: msg<[string, string, string]>(
    (k, p, v) => `✅ 规则 ${k}：${p} = ${v}`,
    (k, p, v) => `✅ Rule ${k}: ${p} = ${v}`,
  ),
  rulesTitle: msg(
    () => "自动化规则",
    () => "Automation rules",
  ),
  on: msg(
    () => "启用",
    () => "on",
  ),
  off: msg(
    () => "停用",
    () => "off",
  ),
  channelRegistered: msg<[string, string]>(
    (purpose, team) => `📣 本群已登记为团队「${team}」的${PURPOSE_ZH[purpose] ?? purpose}群。`,
    (purpose, team) => `📣 This group now gets team ${team}'s ${purpose}.`,
  ),
  channelRemoved: msg<[string, string]>(
    (purpose, team) => `🔕 本群不再接收团队「${team}」的${PURPOSE_ZH[purpose] ?? purpose}。`,
    (purpose, team) => `🔕 Team ${team}'s ${purpose} no longer go to this chat.`,
  ),
  channelNotRegistered: msg<[string]>(
    (purpose) => `你的团队在这个平台上没有登记${PURPOSE_ZH[purpose] ?? purpose}群。`,
    (purpose) => `Your team has no ${purpose} chat registered on this platform.`,
  ),
  channelsTitle: msg(
    () => "团队群",
    () => "Team chats",
  ),
  noChannels: msg(
    () => "还没有登记任何团队群。经理在群里发送“频道 简报|提醒|审批”即可登记。",
    () => 'No team chats registered yet. A manager sends "channel digest|alerts|approvals" in the group to register it.',
  ),
  thisChat: msg(
    () => "（本群）",
    () => " (this chat)",
  ),
  purposeName: msg<[string]>(
    (purpose) => PURPOSE_ZH[purpose] ?? purpose,
    (purpose) => purpose,
  ),
  channelNeedsGroup: msg(
    () => "请在群聊里发送这个命令，登记的就是那个群；听不到机器人的群（企业微信群机器人）请在命令后附上它的 Webhook 地址。",
    () =>
      "Send this in the group chat you want to register; for a group that cannot hear the bot (a WeCom group robot), add its webhook address after the command.",
  ),
  teamAlertsTitle: msg(
    () => "🔔 团队提醒",
    () => "🔔 Team alerts",
  ),
  channelRegisteredByAddress: msg<[string, string]>(
    (purpose, team) => `📣 已登记：团队「${team}」的${PURPOSE_ZH[purpose] ?? purpose}将发到这个群机器人所在的群。`,
    (purpose, team) => `📣 Registered: team ${team}'s ${purpose} will go to the group of that robot.`,
  ),
  channelAddressUnknown: msg(
    () =>
      "这不是本平台能发送的群地址。企业微信群机器人：群设置 → 群机器人 → 复制 Webhook 地址（https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…）。能听到机器人的群，请直接在群里发送“频道 简报|提醒|审批”。",
    () =>
      'That is not a chat address this platform can post to. A WeCom group robot: group settings → group robots → copy its webhook address (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…). In a group that can hear the bot, send "channel digest|alerts|approvals" there.',
  ),
  snoozed: msg<[string]>(
    (until) => `😴 已推迟到 ${until}`,
    (until) => `😴 Snoozed until ${until}`,
  ),
  digestMuted: msg<[string]>(
    (until) => `😴 ${until} 之前不再私信你简报`,
    (until) => `😴 No digest DMs until ${until}`,
  ),
  logPrompt: msg<[number, string]>(
    (n, company) => `商机 #${n}：请直接说一句发生了什么，例如：“跟${company}通了电话，下周报价”。`,
    (n, company) => `Deal #${n}: tell me what happened, e.g. "called ${company}, quote next week".`,
  ),
  digestNoTeam: msg(
    () => "你还没有加入团队，所以没有团队简报。请管理员设置：用户 团队 <你的名字> <团队>；也可以用“漏斗 我的”看自己的商机。",
    () => 'You are not on a team yet, so there is no team digest. Ask an admin: user team <your name> <team>. "pipeline mine" shows your own deals.',
  ),
  digestMore: msg<[string[]]>(
    (names) => `还有 ${names.length} 个团队：${names.join("、")}。发送“简报 <团队>”查看。`,
    (names) => `${names.length} more team${names.length === 1 ? "" : "s"}: ${names.join(", ")}. Send "digest <team>" to see one.`,
  ),
  digestOwnTeamOnly: msg(
    () => "只有管理员能查看所有团队的简报，这是你所在团队的：",
    () => "Only admins see every team's digest; here is your team's:",
  ),
  noTeams: msg(
    () => "还没有任何团队，简报按团队汇总。用“用户 团队 <姓名> <团队名>”把成员分进团队（团队不存在时会新建）。",
    () => "There are no teams yet, and the digest is per team. Put people in one with `user team <name> <team>` (a new team name creates it).",
  ),
  markedLost: msg<[number]>(
    (n) => `❌ 商机 #${n} 已标记为输单`,
    (n) => `❌ Deal #${n} marked lost`,
  ),
};

const PURPOSE_ZH: Record<string, string> = { digest: "简报", alerts: "提醒", approvals: "审批" };
