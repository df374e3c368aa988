import { msg } from "../i18n/msg.js";
import type { Locale } from "../types.js";
import type { LeadImportField } from "./lead-header-mapping.js";

type Text = Record<Locale, string>;

export const LEAD_FIELD_NAMES: Record<LeadImportField, Text> = {
  name: { zh: "姓名", en: "Name" },
  company: { zh: "公司", en: "Company" },
  title: { zh: "职位", en: "Title" },
  phone: { zh: "电话", en: "Phone" },
  email: { zh: "邮箱", en: "Email" },
  wechat: { zh: "微信", en: "WeChat" },
  region: { zh: "地区", en: "Region" },
  industry: { zh: "行业", en: "Industry" },
  source: { zh: "来源", en: "Source" },
  campaign: { zh: "营销活动", en: "Campaign" },
  owner: { zh: "负责人", en: "Owner" },
  note: { zh: "备注", en: "Note" },
  date: { zh: "日期", en: "Date" },
};

const quoted = (values: readonly string[], locale: Locale) => values.map((v) => (locale === "zh" ? `「${v}」` : `"${v}"`)).join(locale === "zh" ? "" : ", ");

export const LeadImportM = {
  previewTitle: msg<[string]>(
    (file) => `线索导入预览 · ${file}`,
    (file) => `Lead import preview · ${file}`,
  ),
  counts: msg<[number, number, number, number, number]>(
    (total, fresh, existing, repeat, invalid) => `共 ${total} 行：新线索 ${fresh}，已有线索 ${existing}，表内重复 ${repeat}（跳过），有问题 ${invalid}`,
    (total, fresh, existing, repeat, invalid) =>
      `${total} rows: ${fresh} new leads, ${existing} existing leads, ${repeat} repeats in the file (skipped), ${invalid} with problems`,
  ),
  existingHow: msg(
    () =>
      "已有线索（同一手机或邮箱）：「导入（补全已有线索）」只补上它缺的信息，不覆盖；「导入（跳过已有线索）」不动它们。已是客户联系人的不导入（见有问题的行）。",
    () =>
      "Existing leads (same phone or email): “Import, fill in existing” adds only what they lack, overwriting nothing; “Import, skip existing” leaves them. People who are customers' contacts already are not imported (see the rows with problems).",
  ),
  sources: msg<[string]>(
    (list) => `来源：${list}`,
    (list) => `Sources: ${list}`,
  ),
  unknownSources: msg<[readonly string[], number]>(
    (names, n) => `不认识的来源 ${quoted(names, "zh")}${n > names.length ? ` 等 ${n} 种` : ""}：按「其他」导入，原文记在备注里。`,
    (names, n) =>
      `Sources the CRM does not know, ${quoted(names, "en")}${n > names.length ? ` and ${n - names.length} more` : ""}: imported as "other", the text kept in the note.`,
  ),
  unknownCampaigns: msg<[readonly string[]]>(
    (names) => `营销活动 ${quoted(names, "zh")} 还不存在：这些线索不关联活动，活动名记在备注里。要关联，先「营销活动 新建 <名称> <费用>」，再导入。`,
    (names) =>
      `No campaign ${quoted(names, "en")} in the CRM: those leads are imported without one, its name kept in the note. To link them, create it first (\`campaign new <name> <cost>\`), then import.`,
  ),
  ownerPool: msg<[string]>(
    (team) => `没有负责人的行进入团队「${team}」的公海（线索分配规则开启时会按规则分给销售）；负责人列可写团队里的人或「公海」。`,
    (team) =>
      `Rows without an owner go to team "${team}"'s pool (the lead-assign rule, when on, hands them out); the owner column may name people of your team, or "pool".`,
  ),
  ownerPoolRep: msg<[string]>(
    (team) => `没有负责人的行进入团队「${team}」的公海；负责人列只能写你自己或「公海」。`,
    (team) => `Rows without an owner go to team "${team}"'s pool; the owner column may name only you, or "pool".`,
  ),
  ownerSelf: msg(
    () => "你不在任何团队，没有公海：没有负责人的行归你自己。",
    () => "You are in no team, so there is no pool: rows without an owner are yours.",
  ),
  howToMap: msg(
    () => "对应不对？发送「导入 映射 <列名> <字段>」修改，例如「导入 映射 手机号码 电话」；「导入 映射 <列名> 不导入」跳过一列。确认前不会写入任何数据。",
    () =>
      "A column mapped wrong? Send `import map <column> <field>`, e.g. `import map Cell phone`; `import map <column> none` leaves it out. Nothing is written before you confirm.",
  ),
  noNameColumn: msg(
    () => "没有找到姓名列。请用「导入 映射 <列名> 姓名」指定，或点「作为客户导入」。",
    () => "No column holds the person's name. Name it with `import map <column> name`, or import the sheet as customers.",
  ),
  confirmUpdate: { zh: "导入（补全已有线索）", en: "Import, fill in existing" } as Text,
  confirmSkip: { zh: "导入（跳过已有线索）", en: "Import, skip existing" } as Text,
  asCustomers: { zh: "作为客户导入", en: "Import as customers" } as Text,
  asLeads: { zh: "作为线索导入", en: "Import as leads" } as Text,
  nextFileAs: msg<["leads" | "customers"]>(
    (kind) => `好的，把 .xlsx 或 .csv 文件发给我，它会作为${kind === "leads" ? "线索" : "客户"}导入（先预览）。`,
    (kind) => `OK: send me the .xlsx or .csv file and it is read as ${kind === "leads" ? "leads" : "customers"} (previewed first).`,
  ),
  done: msg<[string, number, number, number, number]>(
    (file, created, updated, skipped, rejected) =>
      `线索导入完成（${file}）：新建线索 ${created}，补全 ${updated}，跳过 ${skipped}，未导入 ${rejected}${rejected > 0 ? "（原因见附件）" : ""}。要撤销整次导入，发送「导入 撤销」。`,
    (file, created, updated, skipped, rejected) =>
      `Lead import done (${file}): ${created} leads created, ${updated} filled in, ${skipped} skipped, ${rejected} not imported${rejected > 0 ? " (reasons attached)" : ""}. To take the whole import back, send \`import undo\`.`,
  ),
  undone: msg<[string]>(
    (file) => `已撤销线索导入（${file}）：它新建的线索已删除，补全过的线索已恢复原样。`,
    (file) => `Lead import undone (${file}): the leads it created are deleted, the leads it filled in are back as they were.`,
  ),
  undoBlocked: msg<[string, number]>(
    (file, n) => `不能撤销线索导入（${file}）：导入的线索之后又有 ${n} 处跟进或修改（备注、状态、编辑、转化等），撤销会丢掉它们。什么都没有改。`,
    (file, n) =>
      `Cannot undo the lead import (${file}): its leads were worked on ${n} times since (notes, statuses, edits, conversions…), and an undo would lose that. Nothing was changed.`,
  ),
};
