import { usageOf } from "../commands/declaration.js";
import { searchDeclaration } from "../commands/search.declaration.js";
import { type Msg } from "./msg.js";

/** Answers to questions and searches; nothing here is ever written to the CRM. */
export const QuestionM = {
  unknownCompany: {
    zh: (q: string) => `客户列表里没有“${q}”，没有记录任何内容。可以用“搜索 ${q}”找相近的名字。`,
    en: (q: string) => `There is no customer called "${q}"; nothing was logged. Try "search ${q}" for similar names.`,
  } satisfies Msg<[string]>,
  whichCompany: {
    zh: () => "你问的是哪个客户？例如：“华为的商机有哪些？”",
    en: () => 'Which customer do you mean? For example: "what is the status of Acme?"',
  } satisfies Msg,
  noResults: {
    zh: (q: string) => `没有找到与“${q}”相关的客户、联系人、商机或活动记录。`,
    en: (q: string) => `No customers, contacts, deals or activities match "${q}".`,
  } satisfies Msg<[string]>,
  resultsTitle: {
    zh: (q: string, n: number) => `“${q}”的搜索结果（${n}）`,
    en: (q: string, n: number) => `Results for "${q}" (${n})`,
  } satisfies Msg<[string, number]>,
  noDealsOf: {
    zh: (company: string) => `${company}目前没有商机。`,
    en: (company: string) => `${company} has no deals yet.`,
  } satisfies Msg<[string]>,
  /** Deals exist, but the asker may not see them: "no deals yet" would be false. */
  othersDealsOf: {
    zh: (company: string, n: number) => `${company}有${n}个商机由其他同事负责，你没有查看权限。`,
    en: (company: string, n: number) => `${company} has ${n === 1 ? "a deal" : `${n} deals`} owned by someone else, which you cannot see.`,
  } satisfies Msg<[string, number]>,
  dealsOfTitle: {
    zh: (company: string, n: number) => `${company}的商机（${n}）`,
    en: (company: string, n: number) => `Deals of ${company} (${n})`,
  } satisfies Msg<[string, number]>,
  // As the search command declares it, so this reply, help and the docs agree.
  usage: {
    zh: () => `用法：${usageOf(searchDeclaration, "zh")}`,
    en: () => `Usage: ${usageOf(searchDeclaration, "en")}`,
  } satisfies Msg,
};
