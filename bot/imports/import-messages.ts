import type { ImportProblem } from "../../domain/imports/import-row.js";
import { msg } from "../i18n/msg.js";
import type { Locale } from "../types.js";
import type { ImportField } from "./header-mapping.js";
import type { SheetProblem } from "./read-sheet.js";

type Text = Record<Locale, string>;

export const FIELD_NAMES: Record<ImportField, Text> = {
  company: { zh: "客户名称", en: "Company" },
  industry: { zh: "行业", en: "Industry" },
  region: { zh: "地区", en: "Region" },
  tier: { zh: "客户等级", en: "Tier" },
  tags: { zh: "标签", en: "Tags" },
  owner: { zh: "负责人", en: "Owner" },
  contact: { zh: "联系人", en: "Contact" },
  jobTitle: { zh: "职位", en: "Job title" },
  phone: { zh: "电话", en: "Phone" },
  email: { zh: "邮箱", en: "Email" },
  wechat: { zh: "微信", en: "WeChat" },
  amount: { zh: "金额", en: "Amount" },
  stage: { zh: "阶段", en: "Stage" },
};

const SHEET_PROBLEMS: Record<SheetProblem, Text> = {
  "too-large": { zh: "文件太大（上限 {detail}）", en: "the file is too large (limit {detail})" },
  "wrong-type": { zh: "只能导入 .xlsx 或 .csv 文件", en: "only .xlsx and .csv files can be imported" },
  broken: { zh: "文件损坏，打不开", en: "the file is damaged and cannot be read" },
  password: {
    zh: "文件有密码保护（或是旧的 .xls），请另存为无密码的 .xlsx",
    en: "the workbook is password-protected (or an old .xls): save it as an .xlsx without a password",
  },
  formula: { zh: "表格里有公式（{detail}），请复制后「只粘贴数值」再导入", en: "the sheet has formulas ({detail}): paste them as values, then import" },
  empty: { zh: "表格里没有数据行", en: "the sheet has no data rows" },
  missing: { zh: "找不到这个文件了（可能已被清理），请重新发送", en: "the file is gone (it may have been cleaned up): send it again" },
};

export const ImportM = {
  sheetProblem: (problem: SheetProblem, detail: string, locale: Locale) =>
    `${locale === "zh" ? "无法导入：" : "Cannot import: "}${SHEET_PROBLEMS[problem][locale].replace("{detail}", detail)}${locale === "zh" ? "。没有写入任何数据。" : ". Nothing was written."}`,
  previewTitle: msg<[string]>(
    (file) => `导入预览 · ${file}`,
    (file) => `Import preview · ${file}`,
  ),
  counts: msg<[number, number, number, number, number]>(
    (total, fresh, existing, repeat, invalid) => `共 ${total} 行：新客户 ${fresh}，已有客户 ${existing}，表内重复 ${repeat}，有问题 ${invalid}`,
    (total, fresh, existing, repeat, invalid) =>
      `${total} rows: ${fresh} new customers, ${existing} existing, ${repeat} repeats in the file, ${invalid} with problems`,
  ),
  mappingLine: msg<[string, string]>(
    (column, field) => `「${column}」→ ${field}`,
    (column, field) => `"${column}" → ${field}`,
  ),
  notImported: { zh: "不导入", en: "not imported" } as Text,
  mappingTitle: { zh: "列的对应", en: "Columns" } as Text,
  samplesTitle: { zh: "前几行", en: "First rows" } as Text,
  problemsTitle: { zh: "有问题的行", en: "Rows with problems" } as Text,
  howToMap: msg(
    () => "对应不对？发送「导入 映射 <列名> <字段>」修改，例如「导入 映射 手机号码 电话」；「导入 映射 <列名> 不导入」跳过一列。确认前不会写入任何数据。",
    () =>
      "A column mapped wrong? Send `import map <column> <field>`, e.g. `import map Cell phone`; `import map <column> none` leaves it out. Nothing is written before you confirm.",
  ),
  noCompanyColumn: msg(
    () => "没有找到客户名称列。请用「导入 映射 <列名> 客户名称」指定；这是一份线索名单的话，点「作为线索导入」。",
    () => "No column holds the company name. Name it with `import map <column> company`; if the sheet is a list of leads, import it as leads.",
  ),
  confirmUpdate: { zh: "导入（更新已有客户）", en: "Import, update existing" } as Text,
  confirmSkip: { zh: "导入（跳过已有客户）", en: "Import, skip existing" } as Text,
  cancel: { zh: "取消", en: "Cancel" } as Text,
  cancelled: msg(
    () => "已取消导入，没有写入任何数据。",
    () => "Import cancelled. Nothing was written.",
  ),
  progress: msg<[number, number]>(
    (done, total) => `导入中… ${done}/${total} 行`,
    (done, total) => `Importing… ${done}/${total} rows`,
  ),
  runningTitle: msg<[string]>(
    (file) => `导入中 · ${file}`,
    (file) => `Importing · ${file}`,
  ),
  doneTitle: msg<[string]>(
    (file) => `导入完成 · ${file}`,
    (file) => `Import done · ${file}`,
  ),
  rowsDone: msg<[string, string, number]>(
    (done, total, rejected) => `${done} / ${total} 行，未导入 ${rejected}`,
    (done, total, rejected) => `${done} / ${total} rows, ${rejected} rejected`,
  ),
  runsInBackground: msg(
    () => "导入在后台进行，这张卡片会随进度更新；完成后我会发来结果。",
    () => "The import runs in the background; this card follows its progress, and the result comes when it is done.",
  ),
  done: msg<[string, number, number, number, number]>(
    (file, created, updated, skipped, rejected) =>
      `导入完成（${file}）：新建客户 ${created}，更新 ${updated}，跳过 ${skipped}，未导入 ${rejected}${rejected > 0 ? "（原因见附件）" : ""}。要撤销整次导入，发送「导入 撤销」。`,
    (file, created, updated, skipped, rejected) =>
      `Import done (${file}): ${created} customers created, ${updated} updated, ${skipped} skipped, ${rejected} not imported${rejected > 0 ? " (reasons attached)" : ""}. To take the whole import back, send \`import undo\`.`,
  ),
  undone: msg<[string]>(
    (file) => `已撤销导入（${file}）：它新建的客户、联系人和商机已删除，更新过的客户已恢复。`,
    (file) => `Import undone (${file}): the customers, contacts and deals it created are deleted, the customers it updated are back as they were.`,
  ),
  undoBlocked: msg<[string, number]>(
    (file, n) => `不能撤销导入（${file}）：导入的数据之后又有 ${n} 处新增或修改（活动、跟进、报价、编辑等），撤销会丢掉它们。什么都没有改。`,
    (file, n) =>
      `Cannot undo the import (${file}): what it wrote was added to or changed ${n} times since (activities, follow-ups, quotes, edits…), and an undo would lose that. Nothing was changed.`,
  ),
  nothingOpen: msg(
    () => "没有进行中的导入。把 .xlsx 或 .csv 文件发给我即可开始（本地频道：POST /api/local/imports；命令行：npm run import -- 文件）。",
    () => "No import in progress. Send me an .xlsx or .csv file to start (local channel: POST /api/local/imports; command line: npm run import -- <file>).",
  ),
  nothingToUndo: msg(
    () => "没有可以撤销的导入。",
    () => "No import to undo.",
  ),
  unknownField: msg<[string, string]>(
    (word, fields) => `不认识字段「${word}」。可用的字段：${fields}`,
    (word, fields) => `Unknown field "${word}". Fields: ${fields}`,
  ),
  unknownColumn: msg<[string, string]>(
    (column, columns) => `表格里没有「${column}」这一列。列：${columns}`,
    (column, columns) => `The sheet has no column "${column}". Columns: ${columns}`,
  ),
  notFetched: msg<[string]>(
    (file) => `没能取到文件「${file}」，请再发一次。没有写入任何数据。`,
    (file) => `Could not fetch "${file}"; please send it again. Nothing was written.`,
  ),
  reportRow: { zh: "行号", en: "Row" } as Text,
  reportReason: { zh: "原因", en: "Reason" } as Text,
};

/** A row's problem in words; `fieldNames` are the import's own (a lead import names its columns otherwise). */
export function problemText(problem: ImportProblem, locale: Locale, fieldNames: Record<string, Text> = FIELD_NAMES): string {
  const zh = locale === "zh";
  switch (problem.code) {
    case "invalid": {
      const field = fieldNames[problem.field]?.[locale] ?? problem.field;
      if (!problem.value) return zh ? `缺少${field}` : `${field} is missing`;
      return zh ? `${field}「${problem.value}」无效` : `${field} "${problem.value}" is not valid`;
    }
    case "unknown-owner":
      return zh ? `没有叫「${problem.value}」的用户` : `no user called "${problem.value}"`;
    case "unknown-stage":
      return zh ? `没有「${problem.value}」这个阶段` : `no stage called "${problem.value}"`;
    case "not-writable":
      return zh ? `客户「${problem.value}」属于别的团队，你不能修改` : `"${problem.value}" belongs to another team; you may not change it`;
    case "duplicate-contact":
      return zh ? `联系人「${problem.value}」已存在` : `contact "${problem.value}" is there already`;
    case "not-assignable":
      return zh ? `你不能把线索分给「${problem.value}」（不在你的团队或权限内）` : `you may not give leads to "${problem.value}" (not in your team or scope)`;
    case "no-reach":
      return zh ? "缺少电话、邮箱、微信或公司（至少要有一项）" : "no phone, email, WeChat or company (one is needed)";
    case "known-contact":
      return problem.value
        ? zh
          ? `已是客户的联系人：${problem.value}`
          : `a customer's contact already: ${problem.value}`
        : zh
          ? "已是别的团队客户的联系人"
          : "a contact of another team's customer already";
    case "lead-elsewhere":
      return zh ? "已是别的团队的线索，你不能修改" : "an open lead of another team already; you may not change it";
  }
}
