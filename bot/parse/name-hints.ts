import { CALLED_PREFIX } from "./extract-names-zh-called.js";
import { afterPlaceAndVerb, isChinesePlace } from "./chinese-places.js";

interface Hint {
  name: string;
  score: number;
  index: number;
}

/** Departments read inside a name slot too ("海尔采购部刘工…"), and at its end with the others below. */
const DEPARTMENT_WORDS = "采购|技术|财务|法务|市场|销售|信息|人事|行政|研发|运营|工程|客服|IT";

/**
 * "采购部", "华为技术部门", "腾讯总部": a department is where a person sits, not a customer; the
 * organisation in front of it, when one is named, is. 俱乐部 is an organisation of its own.
 */
const DEPARTMENT = new RegExp(
  `(?<!俱乐)(?:${DEPARTMENT_WORDS}|信息化|人力资源|人力|质量|品质|生产|设备|物流|供应链|商务|战略|投资|数字化|风控|合规|安全|总经办|事业|总)?(?:部门|部)$`,
  "u",
);

/**
 * "海尔采购部刘工…", "网易的采购", "网易杭州办公室": a department, a role or a site inside the slot starts what is not
 * the organisation's name; the name is what comes before it (at least two characters).
 */
const BARE_DEPARTMENT = new RegExp(`^(?:${DEPARTMENT_WORDS})$`, "u");
const INNER_DEPARTMENT = new RegExp(`(?<=^\\p{Script=Han}{2,}?)(?<!俱乐)(?:${DEPARTMENT_WORDS})(?:部门|部)`, "u");
const ROLE_AFTER_DE = /(?<=^\p{Script=Han}{2,}?)的(?:采购|技术|财务|法务|老板|老总|负责人|对接人|项目经理|经理|总监|主管|工程师|CTO|CEO|CFO|CIO|IT)/u;
const SITE_TAIL = /(?<=^\p{Script=Han}{2,}?)(?:办公室|总部|分公司|办事处|工厂|厂区|园区)$/u;

function organisationPart(name: string): string {
  const cut = (text: string, pattern: RegExp) => {
    const m = pattern.exec(text);
    return m ? text.slice(0, m.index) : text;
  };
  const bare = cut(cut(name, INNER_DEPARTMENT), ROLE_AFTER_DE);
  // ("网易杭州办公室": a site in a city; "阿里西溪园区" is left whole for the resolver, which knows a customer's sites)
  const site = cut(bare, SITE_TAIL);
  if (site !== bare) for (let at = site.length - 2; at >= 2; at--) if (isChinesePlace(site.slice(at))) return site.slice(0, at);
  // ("海尔青岛那边发邮件来询价": the customer's city said after its name; "重庆长安" stays whole, its front is a place)
  for (let at = Math.max(2, bare.length - 4); at <= bare.length - 2; at++) {
    const front = bare.slice(0, at);
    if (/^\p{Script=Han}+$/u.test(bare) && isChinesePlace(bare.slice(at)) && !isChinesePlace(front)) return front;
  }
  return bare;
}

/** "2次", "客户4家", "3个", "5封": a count (of the customers or things named before it). */
const COUNT = /^(?:客户|公司|家)?[\d一二两三四五六七八九十几]+\s*(?:次|家|个|通|场|位|封|趟|条)$/u;

/**
 * Collects candidates from several patterns. Stronger evidence (a company
 * suffix, a title like 张总) ranks first; ties keep text order.
 */
export class NameHints {
  private readonly companies = new Map<string, Hint>();
  private readonly contacts = new Map<string, Hint>();

  company(written: string, score: number, index: number): void {
    // "一个叫深蓝汽车": the name after 叫 (extract-names-zh-called.ts)
    const called = CALLED_PREFIX.exec(written.trim());
    const raw = called ? written.trim().slice(called[0].length) : written;
    if (called) index += written.indexOf(raw);
    // "拜访2次", "客户4家": a count of visits or customers is no name
    if (COUNT.test(raw.trim())) return;
    // "去深圳拜访": the city travelled to is no customer; "上海见新华集团": the customer follows the verb
    const rest = afterPlaceAndVerb(raw.trim());
    const name = organisationPart((rest ?? raw).trim());
    const department = DEPARTMENT.exec(name.trim());
    const organisation = department ? name.trim().slice(0, department.index) : name;
    // a city is no customer, nor what is left of "海尔 青岛总部" (a city's site of the customer named before) or
    // "他们行政的周经理" (a department said alone)
    if (isChinesePlace(organisation.trim()) || BARE_DEPARTMENT.test(organisation.trim())) return;
    this.add(this.companies, organisation, score, index + (rest ? raw.length - rest.length : 0));
  }

  contact(name: string, score: number, index: number): void {
    this.add(this.contacts, name, score, index);
  }

  private add(target: Map<string, Hint>, raw: string, score: number, index: number): void {
    const name = raw.trim();
    if (name.length < 2 || name.length > 60) return;
    const key = name.toLowerCase();
    const existing = target.get(key);
    if (!existing || existing.score < score) {
      target.set(key, { name, score, index: Math.min(index, existing?.index ?? index) });
    }
  }

  result(): { companyHints: string[]; contactHints: string[] } {
    // The same string cannot be both; trust whichever pattern was more certain.
    for (const [key, company] of this.companies) {
      const contact = this.contacts.get(key);
      if (!contact) continue;
      if (contact.score > company.score) this.companies.delete(key);
      else if (company.score > contact.score) this.contacts.delete(key);
    }
    const order = (a: Hint, b: Hint): number => b.score - a.score || a.index - b.index;
    // "Acme" next to a better-supported "Acme Corp" adds nothing for the resolver
    const withoutFragments = (hints: Hint[]): Hint[] => hints.filter((h) => !hints.some((o) => o !== h && o.score >= h.score && o.name.includes(h.name)));
    return {
      companyHints: withoutFragments([...this.companies.values()])
        .sort(order)
        .map((h) => h.name),
      contactHints: withoutFragments([...this.contacts.values()])
        .sort(order)
        .map((h) => h.name),
    };
  }
}
