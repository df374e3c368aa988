import type { MergeCounts } from "../../domain/companies/company-merge.js";
import { msg } from "./msg.js";

const countsZh = (c: Partial<MergeCounts>) =>
  [
    c.contacts ? `${c.contacts} 个联系人` : "",
    c.deals ? `${c.deals} 个商机` : "",
    c.activities ? `${c.activities} 条活动` : "",
    c.tickets ? `${c.tickets} 张工单` : "",
    c.followUps ? `${c.followUps} 条跟进` : "",
    c.quotes ? `${c.quotes} 张报价单` : "",
  ]
    .filter(Boolean)
    .join("、") || "没有记录";
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const countsEn = (c: Partial<MergeCounts>) =>
  [
    c.contacts ? plural(c.contacts, "contact") : "",
    c.deals ? plural(c.deals, "deal") : "",
    c.activities ? plural(c.activities, "activity").replace("activitys", "activities") : "",
    c.tickets ? plural(c.tickets, "ticket") : "",
    c.followUps ? plural(c.followUps, "follow-up") : "",
    c.quotes ? plural(c.quotes, "quote") : "",
  ]
    .filter(Boolean)
    .join(", ") || "no records";

/** Merging duplicate customers and contacts. */
export const MergeM = {
  askCompany: msg<[string, string, Partial<MergeCounts>]>(
    (dup, keep, c) => `把客户「${dup}」合并到「${keep}」？将移过去：${countsZh(c)}；「${dup}」成为「${keep}」的别名，然后删除。此操作不能撤销。`,
    (dup, keep, c) =>
      `Merge customer “${dup}” into “${keep}”? Moves ${countsEn(c)}; “${dup}” becomes an alias of “${keep}” and is then deleted. This cannot be undone.`,
  ),
  companyMerged: msg<[string, string, Partial<MergeCounts>]>(
    (dup, keep, c) => `🔗 已把「${dup}」合并到「${keep}」：移过去 ${countsZh(c)}。`,
    (dup, keep, c) => `🔗 Merged “${dup}” into “${keep}”: moved ${countsEn(c)}.`,
  ),
  askContact: msg<[string, string, string]>(
    (dup, keep, company) =>
      `把 ${company} 的联系人「${dup}」合并到「${keep}」？活动、跟进和工单移过去，空着的电话/邮箱等用「${dup}」的补上，然后删除「${dup}」。此操作不能撤销。`,
    (dup, keep, company) =>
      `Merge contact “${dup}” into “${keep}” at ${company}? Activities, follow-ups and tickets move over, empty fields are filled from “${dup}”, then “${dup}” is deleted. This cannot be undone.`,
  ),
  contactMerged: msg<[string, string, number]>(
    (dup, keep, n) => `🔗 已把联系人「${dup}」合并到「${keep}」，移过去 ${n} 条记录。`,
    (dup, keep, n) => `🔗 Merged contact “${dup}” into “${keep}”; ${n} record${n === 1 ? "" : "s"} moved.`,
  ),
  same: msg(
    () => "这两个是同一条记录，不需要合并。",
    () => "Those are the same record; nothing to merge.",
  ),
  differentCustomers: msg(
    () => "这两个联系人属于不同的客户：请先合并客户（客户 合并 <重复> 到 <保留>）。",
    () => "Those contacts belong to different customers: merge the customers first (company merge <duplicate> into <keep>).",
  ),
  usage: msg(
    () => "用法：客户 合并 <重复的客户> 到 <保留的客户>；联系人 合并 <重复的人> 到 <保留的人>",
    () => "Usage: company merge <duplicate> into <keep>; contact merge <duplicate> into <keep>",
  ),
};
