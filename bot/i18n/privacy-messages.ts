import type { StorageOutcome } from "../../domain/privacy/forget-freed-bytes.js";
import { msg } from "./msg.js";

const list = (items: string[], none: string) => (items.length > 0 ? items.join(", ") : none);

/** Sentences of personal-data export and erasure (PIPL / GDPR requests). */
export const P = {
  askDirectly: msg<[string]>(
    (name) => `🔒 ${name}，这里的详情（金额、电话、邮箱）不能在群里显示，本平台也无法私信你：请在与我的单聊里再问一次。`,
    (name) =>
      `🔒 ${name}, the details (amounts, phones, emails) cannot be shown in this group, and I cannot message you privately here: ask me again in a direct chat.`,
  ),
  sentPrivately: msg<[string]>(
    (name) => `📩 详情（金额、电话、邮箱）已私信发给 ${name}。`,
    (name) => `📩 Sent the details (amounts, phones, emails) to ${name} privately.`,
  ),
  eraseConfirm: msg<[string, string, number]>(
    (name, company, n) =>
      `确定要删除联系人 ${name}（${company}）的个人信息吗？姓名、电话、邮箱、微信、职位将被清除，提到此人的 ${n} 条记录（活动、跟进、工单、审计、消息日志等）保留但其中的个人信息被抹除。此操作不可撤销。`,
    (name, company, n) =>
      `Erase the personal data of ${name} (${company})? Name, phone, email, WeChat and title are removed; the ${n} records that hold them (activities, follow-ups, tickets, audit, message logs…) are kept with the personal data blanked. This cannot be undone.`,
  ),
  exported: msg<[string, string, number, number, number]>(
    (name, file, records, activities, followUps) => `已导出 ${name} 的数据（${records} 条记录，其中 ${activities} 条活动、${followUps} 条跟进）：${file}`,
    (name, file, records, activities, followUps) =>
      `Exported the data held on ${name} (${records} records, ${activities} activities, ${followUps} follow-ups): ${file}`,
  ),
  erased: msg<[number, string]>(
    (n, perTable) => `个人信息已删除。${n} 条记录已抹除个人信息并保留（${perTable}）。`,
    (n, perTable) => `Personal data erased. ${n} records were redacted and kept anonymised (${perTable}).`,
  ),
  deletedExports: msg<[number]>(
    (n) => `已删除此人之前的 ${n} 个导出文件。`,
    (n) => `Deleted ${n} earlier export file(s) of this person.`,
  ),
  filesStillHolding: msg<[string[]]>(
    (files) => `仍提到此人的文件（请人工处理）：${list(files, "无")}`,
    (files) => `Files that still name this person (handle them by hand): ${list(files, "none")}`,
  ),
  backupsStillHolding: msg<[string[], number]>(
    (files, days) =>
      `仍包含此人数据的备份：${list(files, "无")}。${days > 0 ? `备份保留 ${days} 天（CRM_BACKUP_RETENTION_DAYS），之后由 npm run backup 自动删除。` : "备份不会自动删除（CRM_BACKUP_RETENTION_DAYS=0），请人工删除。"}`,
    (files, days) =>
      `Backups that still hold this person: ${list(files, "none")}. ${days > 0 ? `Backups are kept ${days} days (CRM_BACKUP_RETENTION_DAYS), then deleted by npm run backup.` : "Backups are never deleted automatically (CRM_BACKUP_RETENTION_DAYS=0): delete them by hand."}`,
  ),
  storage: msg<[StorageOutcome]>(
    (s) =>
      s === "sqlite-wiped"
        ? "数据库文件和 WAL 中的旧数据已清零。"
        : s === "sqlite-wal-busy"
          ? "WAL 暂时无法截断（有读取中的连接），下一次检查点会完成清理。"
          : "PostgreSQL 会保留旧的行版本直到 VACUUM 回收（autovacuum 会自动进行；需要立即回收请对相关表执行 VACUUM）。",
    (s) =>
      s === "sqlite-wiped"
        ? "The old bytes were zeroed in the database file and its WAL."
        : s === "sqlite-wal-busy"
          ? "The WAL could not be truncated now (a reader was active); the next checkpoint completes it."
          : "PostgreSQL keeps old row versions until VACUUM reclaims them (autovacuum does; run VACUUM on the tables to do it now).",
  ),
};
