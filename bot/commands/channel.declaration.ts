import type { CommandDeclaration } from "./declaration.js";

export const channelDeclaration: CommandDeclaration = {
  words: { en: ["channel"], zh: ["频道"] },
  role: "manager",
  forms: [
    {
      synopsis: { en: "channel digest|alerts|approvals", zh: "频道 简报|提醒|审批" },
      summary: { en: "sent in a group chat: the team's digests, alerts or approvals go there", zh: "在群里发送：团队的简报、提醒或审批发到这个群" },
    },
    {
      synopsis: { en: "channel digest|alerts|approvals <group address>", zh: "频道 简报|提醒|审批 <群地址>" },
      summary: {
        en: "a group that cannot hear the bot, from any chat: a WeCom group robot's webhook address, or appchat:<chatid>",
        zh: "听不到机器人的群，在任何会话里发送：企业微信群机器人的 Webhook 地址，或 appchat:<chatid>",
      },
    },
    {
      synopsis: { en: "channel list", zh: "频道 列表" },
      summary: { en: "the team's registered chats", zh: "团队登记的群" },
      role: "everyone",
    },
    {
      synopsis: { en: "channel remove digest|alerts|approvals", zh: "频道 取消 简报|提醒|审批" },
      summary: { en: "stop sending one of them", zh: "取消其中一项" },
    },
  ],
};
