import { msg } from "./msg.js";

/** Quote approval policy and company floor: replies and the approvals-chat announcement. */
export const PM = {
  auto: msg(
    () => "自动批准",
    () => "auto-approved",
  ),
  shown: msg<[string, string]>(
    (policy, floor) => `审批规则：${policy}\n公司底线：${floor}`,
    (policy, floor) => `Approval policy: ${policy}\nCompany floor: ${floor}`,
  ),
  floorShown: msg<[string]>(
    (floor) => `公司审批底线：${floor}`,
    (floor) => `Company approval floor: ${floor}`,
  ),
  teamSet: msg<[string, string]>(
    (team, policy) => `团队 ${team} 的审批规则已更新：${policy}`,
    (team, policy) => `Approval policy of team ${team} updated: ${policy}`,
  ),
  floorSet: msg<[string]>(
    (floor) => `公司审批底线已更新：${floor}`,
    (floor) => `Company approval floor updated: ${floor}`,
  ),
  belowFloor: msg<[string, number]>(
    (floor, pct) =>
      `未修改：团队规则只能比公司底线更严，不能更松（你的规则在折扣超过 ${pct}% 时要求的审批少于底线）。公司底线：${floor}。如需调整底线，请联系管理员。`,
    (floor, pct) =>
      `Not changed: a team policy may tighten the company floor but not loosen it (yours asks for fewer approvals above ${pct}%). Company floor: ${floor}. Ask an admin to change the floor.`,
  ),
  floorAdminOnly: msg(
    () => "你没有权限：只有管理员可以修改公司审批底线。",
    () => "You don't have permission: only an admin can change the company approval floor.",
  ),
  announced: msg<[string]>(
    (teams) => `已在审批群通知：${teams}。`,
    (teams) => `Announced in the approvals chat of: ${teams}.`,
  ),
  noApprovalsChat: msg<[string]>(
    (teams) => `团队 ${teams} 没有登记审批群，未能通知。请在该团队的群里发送“频道 审批”登记。`,
    (teams) => `No approvals chat is registered for team ${teams}, so nobody there was told. Send "channel approvals" in the team's group to register one.`,
  ),
  announcement: msg<[string, string, string, string]>(
    (who, what, after, before) => `📋 ${who} 修改了${what}：${after}（原为：${before}）`,
    (who, what, after, before) => `📋 ${who} changed ${what}: ${after} (was: ${before})`,
  ),
  teamWhat: msg<[string]>(
    (team) => `团队 ${team} 的报价审批规则`,
    (team) => `the quote approval policy of team ${team}`,
  ),
  floorWhat: msg(
    () => "公司报价审批底线",
    () => "the company quote approval floor",
  ),
};
