/** The fields a row of a lead import may fill. */
export const LEAD_IMPORT_FIELDS = [
  "name",
  "company",
  "title",
  "phone",
  "email",
  "wechat",
  "region",
  "industry",
  "source",
  "campaign",
  "owner",
  "note",
  "date",
] as const;
export type LeadImportField = (typeof LEAD_IMPORT_FIELDS)[number];

/** Header words per field, Chinese and English, compared without case, spaces, underscores or dashes. */
const SYNONYMS: Record<LeadImportField, string[]> = {
  name: ["姓名", "名字", "联系人", "联系人姓名", "客户姓名", "线索姓名", "线索名称", "name", "fullname", "contact", "contactname", "leadname", "person"],
  company: [
    "公司",
    "公司名称",
    "单位",
    "单位名称",
    "企业",
    "企业名称",
    "客户名称",
    "客户",
    "company",
    "companyname",
    "organization",
    "organisation",
    "account",
  ],
  title: ["职位", "职务", "头衔", "title", "jobtitle", "position"],
  phone: ["手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "座机", "联系方式", "mobile", "phone", "phonenumber", "tel", "telephone", "cell"],
  email: ["邮箱", "电子邮件", "电子邮箱", "邮件", "email", "mail", "emailaddress"],
  wechat: ["微信", "微信号", "wechat", "weixin", "wechatid"],
  region: ["地区", "区域", "省份", "城市", "省市", "所在地区", "所在地", "所在城市", "region", "city", "province", "area", "location"],
  industry: ["行业", "所属行业", "industry", "sector"],
  source: ["来源", "线索来源", "来源渠道", "渠道", "获客渠道", "获取渠道", "source", "leadsource", "channel"],
  campaign: ["活动", "营销活动", "市场活动", "活动名称", "campaign", "campaignname", "event"],
  owner: ["负责人", "销售", "业务员", "跟进人", "归属销售", "分配给", "owner", "salesrep", "rep", "assignedto", "leadowner"],
  note: ["备注", "说明", "需求", "需求描述", "留言", "描述", "note", "notes", "remark", "remarks", "comment", "comments", "description"],
  date: ["日期", "获取日期", "登记日期", "创建日期", "创建时间", "时间", "date", "created", "createdat", "createddate", "leaddate"],
};

const squash = (text: string) => text.toLowerCase().replace(/[\s_\-()（）:：*]+/gu, "");
const BY_WORD = new Map(Object.entries(SYNONYMS).flatMap(([field, words]) => words.map((w) => [squash(w), field as LeadImportField])));

/** A lead field by one of its header words or its own name ("phone", "手机"), or null. */
export function leadFieldOf(word: string): LeadImportField | null {
  const squashed = squash(word);
  return BY_WORD.get(squashed) ?? ((LEAD_IMPORT_FIELDS as readonly string[]).find((f) => f === squashed) as LeadImportField) ?? null;
}

export interface LeadHeaderMapping {
  /** The field of each column, or null for a column not imported. */
  columns: (LeadImportField | null)[];
}

/** Matches each header to a lead field; `overrides` (header → field, or null to leave a column out) win; a field taken once leaves later columns out. */
export function mapLeadHeaders(headers: readonly string[], overrides: Readonly<Record<string, LeadImportField | null>> = {}): LeadHeaderMapping {
  const taken = new Set<LeadImportField>();
  return {
    columns: headers.map((header): LeadImportField | null => {
      const chosen = header in overrides ? overrides[header]! : leadFieldOf(header);
      if (!chosen || taken.has(chosen)) return null;
      taken.add(chosen);
      return chosen;
    }),
  };
}

/** Header words only a lead sheet has: where a person came from, or the word lead itself. */
const LEAD_HEADER = /线索|(?<![a-z])leads?(?![a-z])/iu;
/** A file named as leads (线索名单.xlsx, leads-2026.csv, 展会名单.xlsx). */
const LEAD_FILE = /线索|展会|(?<![a-z])leads?(?![a-z])/iu;

/**
 * Whether a sheet is clearly leads: a header says where each person came from (来源, 渠道,
 * Source, Campaign…) or names leads (线索…, Lead…), or the file's name does. Such a sheet is
 * previewed as leads, with a button to read it as customers instead.
 */
export function looksLikeLeads(headers: readonly string[], fileName: string): boolean {
  const bySource = headers.some((h) => {
    const field = BY_WORD.get(squash(h));
    return field === "source" || field === "campaign" || LEAD_HEADER.test(h);
  });
  return bySource || LEAD_FILE.test(fileName.replace(/\.(xlsx|csv)$/iu, ""));
}
