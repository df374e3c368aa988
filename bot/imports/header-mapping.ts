/** The fields a row of an import may fill. */
export const IMPORT_FIELDS = [
  "company",
  "industry",
  "region",
  "tier",
  "tags",
  "owner",
  "contact",
  "jobTitle",
  "phone",
  "email",
  "wechat",
  "amount",
  "stage",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Header words per field, Chinese and English, compared without case, spaces, underscores or dashes. */
const SYNONYMS: Record<ImportField, string[]> = {
  company: [
    "客户名称",
    "公司名称",
    "客户",
    "公司",
    "企业名称",
    "企业",
    "单位名称",
    "客户全称",
    "company",
    "companyname",
    "customer",
    "customername",
    "account",
    "accountname",
    "organization",
    "organisation",
  ],
  industry: ["行业", "所属行业", "industry", "sector"],
  region: ["地区", "区域", "省份", "城市", "所在地区", "所在地", "region", "city", "province", "area", "location"],
  tier: ["客户等级", "等级", "级别", "客户级别", "分级", "客户分级", "tier", "level", "grade", "rating"],
  tags: ["标签", "客户标签", "tags", "tag", "labels"],
  owner: ["负责人", "销售", "业务员", "客户经理", "归属销售", "跟进人", "owner", "salesrep", "rep", "accountowner", "assignedto"],
  contact: ["联系人", "联系人姓名", "姓名", "contact", "contactname", "contactperson"],
  jobTitle: ["职位", "职务", "头衔", "title", "jobtitle", "position"],
  phone: ["手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "座机", "联系方式", "mobile", "phone", "phonenumber", "tel", "telephone", "cell"],
  email: ["邮箱", "电子邮件", "电子邮箱", "邮件", "email", "mail", "emailaddress"],
  wechat: ["微信", "微信号", "wechat", "weixin", "wechatid"],
  amount: ["金额", "预算", "预计金额", "商机金额", "合同金额", "成交金额", "amount", "budget", "dealamount", "value", "dealvalue"],
  stage: ["阶段", "销售阶段", "商机阶段", "stage", "dealstage", "salesstage"],
};

const squash = (text: string) => text.toLowerCase().replace(/[\s_\-()（）:：*]+/gu, "");
const BY_WORD = new Map(Object.entries(SYNONYMS).flatMap(([field, words]) => words.map((w) => [squash(w), field as ImportField])));

/** A field by one of its header words or its own name ("phone", "手机"), or null. */
export function fieldOf(word: string): ImportField | null {
  const squashed = squash(word);
  return BY_WORD.get(squashed) ?? ((IMPORT_FIELDS as readonly string[]).find((f) => f.toLowerCase() === squashed) as ImportField) ?? null;
}

export interface HeaderMapping {
  /** The field of each column, or null for a column not imported. */
  columns: (ImportField | null)[];
}

/**
 * Matches each header to a field; `overrides` (header → field, or null to leave a column out) win.
 * A field already taken by an earlier column leaves the later one out. "Name" alone means the
 * customer when no other column names it, else the contact.
 */
export function mapHeaders(headers: readonly string[], overrides: Readonly<Record<string, ImportField | null>> = {}): HeaderMapping {
  const taken = new Set<ImportField>();
  const columns = headers.map((header): ImportField | null => {
    const chosen = header in overrides ? overrides[header]! : fieldOf(header);
    if (!chosen || taken.has(chosen)) return null;
    taken.add(chosen);
    return chosen;
  });
  const nameAt = headers.findIndex((h, i) => columns[i] === null && ["name", "名称"].includes(squash(h)) && !(h in overrides));
  if (nameAt >= 0) {
    const field: ImportField = taken.has("company") ? "contact" : "company";
    if (!taken.has(field)) columns[nameAt] = field;
  }
  return { columns };
}
