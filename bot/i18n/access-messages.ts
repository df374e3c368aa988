import { type Msg } from "./msg.js";

export interface CustomerOwner {
  company: string;
  owner: string | null;
  team: string | null;
  managers: string[];
}

/** Refusals that say whose record it is and whom to ask, in both languages. */
export const AccessM = {
  customerNotYours: {
    zh: (o) => {
      const whose = [o.owner ? `负责人 ${o.owner}` : null, o.team ? `团队 ${o.team}` : null].filter(Boolean).join("，");
      const ask = o.managers.length > 0 ? `该团队经理（${o.managers.join("、")}）或管理员` : "管理员";
      return `你没有权限修改客户“${o.company}”：它属于${whose || "其他团队"}。如需跟进，请联系${ask}把客户转给你或你的团队。`;
    },
    en: (o) => {
      const whose = [o.owner, o.team ? `team ${o.team}` : null].filter(Boolean).join(", ");
      const ask = o.managers.length > 0 ? `${o.team ?? "their"}'s manager (${o.managers.join(", ")}) or an admin` : "an admin";
      return `You don't have permission to change ${o.company}: it belongs to ${whose || "another team"}. To work on it, ask ${ask} to transfer it to you or your team.`;
    },
  } satisfies Msg<[CustomerOwner]>,
  transferred: {
    zh: (company, owner, team) => `客户“${company}”已转给 ${owner}${team ? `（团队 ${team}）` : ""}。`,
    en: (company, owner, team) => `${company} now belongs to ${owner}${team ? ` (team ${team})` : ""}.`,
  } satisfies Msg<[string, string, string | null]>,
};
