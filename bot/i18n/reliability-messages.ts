import { contactDeclaration, contactPrivacyForm } from "../commands/contact.declaration.js";
import { usageOf } from "../commands/declaration.js";
import { msg } from "./msg.js";

/** Sentences of the reliability and security features (replays, rate limit, audit, privacy). */
export const R = {
  alreadyRecorded: msg(
    () => "这条消息之前已经记录过了，没有重复保存。",
    () => "This message was already recorded; nothing was saved twice.",
  ),
  rateLimited: msg<[number]>(
    (seconds) => `你发得太快了，请 ${seconds} 秒后再试。这条消息没有保存。`,
    (seconds) => `You're sending messages too fast — please try again in ${seconds} s. This message was not saved.`,
  ),
  adminOnly: msg(
    () => "只有管理员可以这样做。",
    () => "Only an admin can do that.",
  ),
  auditTitle: msg<[string]>(
    (what) => `审计记录：${what}`,
    (what) => `Audit trail: ${what}`,
  ),
  auditEmpty: msg<[string]>(
    (what) => `${what} 没有审计记录。`,
    (what) => `No audit entries for ${what}.`,
  ),
  auditMore: msg<[number]>(
    (n) => `……还有 ${n} 条更早的记录。`,
    (n) => `… and ${n} older entries.`,
  ),
  // The form as the contact command declares it, so this reply, help and the docs agree.
  privacyUsage: msg(
    () => `用法：${usageOf(contactDeclaration, "zh", [contactPrivacyForm])}`,
    () => `Usage: ${usageOf(contactDeclaration, "en", [contactPrivacyForm])}`,
  ),
  exportConfirm: msg<[string, string]>(
    (name, company) => `要导出联系人 ${name}（${company}）的全部个人数据吗？`,
    (name, company) => `Export all personal data held on ${name} (${company})?`,
  ),
  confirmYes: msg(
    () => "确认",
    () => "Confirm",
  ),
  confirmNo: msg(
    () => "取消",
    () => "Cancel",
  ),
  cancelled: msg(
    () => "已取消，没有做任何修改。",
    () => "Cancelled; nothing was changed.",
  ),
  alreadyErased: msg(
    () => "这个联系人的个人信息已经删除过了。",
    () => "This contact's personal data was already erased.",
  ),
  confirmExpired: msg(
    () => "这个确认已失效，请重新发起。",
    () => "This confirmation has expired or was already used; please start again.",
  ),
  forgedAction: msg(
    () => "这个按钮的数据无效（可能已过期或被篡改），没有执行任何操作。",
    () => "This button's data is not valid (expired or tampered with); nothing was done.",
  ),
};
