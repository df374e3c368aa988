import { msg } from "./msg.js";

/** Contracts, payment plans and payments (合同与回款). */
export const ContractM = {
  recorded: msg<[string, number, string, string]>(
    (amount, n, company, balance) => `💰 已登记回款 ${amount}（合同 ${n} · ${company}），未回款 ${balance}。`,
    (amount, n, company, balance) => `💰 Recorded a payment of ${amount} (contract ${n} · ${company}); balance ${balance}.`,
  ),
  paidInFull: msg<[number]>(
    (n) => `🎉 合同 ${n} 已全部回款。`,
    (n) => `🎉 Contract ${n} is paid in full.`,
  ),
  exceedsBalance: msg<[number, string]>(
    (n, balance) => `这笔回款超过了合同 ${n} 的未回款 ${balance}，没有登记。请核对金额（多收的钱不在系统里记）。`,
    (n, balance) => `That is more than contract ${n}'s balance of ${balance}, so nothing was recorded. Please check the amount.`,
  ),
  otherCurrency: msg<[number, string, string]>(
    (n, contractCurrency, given) => `合同 ${n} 以 ${contractCurrency} 计价，回款是 ${given}：请用 ${contractCurrency} 登记（还没有汇率换算）。`,
    (n, contractCurrency, given) =>
      `Contract ${n} is in ${contractCurrency} and the payment in ${given}: record it in ${contractCurrency} (no exchange rates yet).`,
  ),
  badAmount: msg<[string]>(
    (text) => `“${text}”不是回款金额：写金额（50万、30000）、比例（30%）或期数（第2期）。`,
    (text) => `“${text}” is not a payment: write an amount (30k, 30000), a share (30%) or an instalment (instalment 2).`,
  ),
  noSuchInstalment: msg<[number, number]>(
    (n, seq) => `合同 ${n} 没有第 ${seq} 期。`,
    (n, seq) => `Contract ${n} has no instalment ${seq}.`,
  ),
  instalmentPaid: msg<[number, number]>(
    (n, seq) => `合同 ${n} 的第 ${seq} 期已经付清。`,
    (n, seq) => `Instalment ${seq} of contract ${n} is paid already.`,
  ),
  futureDate: msg<[string]>(
    (text) => `回款日期“${text}”还没到：登记已经收到的钱。`,
    (text) => `The payment date “${text}” has not come yet: record money already received.`,
  ),
  paymentNotRecorded: msg<[string]>(
    (company) => `💰 ${company} 还没有合同，这笔回款没有记到合同上（只记在备注里）。商机赢单（且有金额）后会自动生成合同，再用“回款 ${company} <金额>”记录。`,
    (company) =>
      `💰 ${company} has no contract yet, so this payment is only in the note, not on a contract. Winning a deal with an amount opens one; then record it with "payment ${company} <amount>".`,
  ),
  noContract: msg<[string]>(
    (company) => `${company} 还没有合同：商机赢单（且有金额）后会自动生成合同。`,
    (company) => `${company} has no contract yet: winning a deal with an amount opens one.`,
  ),
  whichContract: msg<[string]>(
    (company) => `${company} 有多份合同，登记到哪一份？`,
    (company) => `${company} has several contracts. Which one?`,
  ),
  planSet: msg<[number, number]>(
    (n, parts) => `🗓 合同 ${n} 的回款计划已设为 ${parts} 期。`,
    (n, parts) => `🗓 Contract ${n} now has a plan of ${parts} instalment${parts === 1 ? "" : "s"}.`,
  ),
  planBadPart: msg<[string]>(
    (part) => `看不懂这一期：“${part}”。每期写金额或比例加日期，如“30% 12月31日”。`,
    (part) => `Could not read this instalment: “${part}”. Give each an amount or share and a date, e.g. “30% Dec 31”.`,
  ),
  planMismatch: msg<[string, string]>(
    (planned, amount) => `各期合计 ${planned}，合同金额是 ${amount}：要加起来相等（比例合计 100%）。`,
    (planned, amount) => `The instalments add up to ${planned}; the contract is ${amount}. They must match (shares must total 100%).`,
  ),
  planBeforeSigning: msg<[string]>(
    (signed) => `有一期的日期早于签约日（${signed}），请检查年份。`,
    (signed) => `An instalment is due before the contract was signed (${signed}): check the year.`,
  ),
  planBelowPaid: msg<[string]>(
    (paid) => `已经回款 ${paid}，新计划不能少于这个数。`,
    (paid) => `${paid} was received already; the new plan cannot owe less.`,
  ),
  listTitle: msg<[number]>(
    (n) => `合同（${n}）`,
    (n) => `Contracts (${n})`,
  ),
  listLine: msg<[number, string, string, string]>(
    (n, company, amount, balance) => `合同 ${n} · ${company} · ${amount} · 未回款 ${balance}`,
    (n, company, amount, balance) => `Contract ${n} · ${company} · ${amount} · balance ${balance}`,
  ),
  overdueNote: msg<[string]>(
    (amount) => ` · ⚠️ 逾期 ${amount}`,
    (amount) => ` · ⚠️ ${amount} overdue`,
  ),
  noContracts: msg(
    () => "没有符合条件的合同。商机赢单（且有金额）后会自动生成合同。",
    () => "No contracts match. Winning a deal with an amount opens its contract.",
  ),
  agingTitle: msg<[]>(
    () => "账龄",
    () => "Aging",
  ),
  receivablesTitle: msg<[string]>(
    (scope) => `应收账款 · ${scope}`,
    (scope) => `Receivables · ${scope}`,
  ),
  receivablesLine: msg<[string, number, string, string, string]>(
    (currency, contracts, contracted, received, balance) => `${currency}：${contracts} 份合同，合同额 ${contracted}，已回款 ${received}，未回款 ${balance}`,
    (currency, contracts, contracted, received, balance) =>
      `${currency}: ${contracts} contract${contracts === 1 ? "" : "s"}, ${contracted} contracted, ${received} received, ${balance} outstanding`,
  ),
  overdueLine: msg<[string, number]>(
    (amount, contracts) => `⚠️ 逾期 ${amount}（${contracts} 份合同）`,
    (amount, contracts) => `⚠️ ${amount} overdue (${contracts} contract${contracts === 1 ? "" : "s"})`,
  ),
  collectionRate: msg<[string]>(
    (rate) => `回款率（到期应收中已收）：${rate}`,
    (rate) => `Collection rate (of what is due): ${rate}`,
  ),
  convertedLine: msg<[string, string]>(
    (balance, overdue) => `未回款 ${balance}，逾期 ${overdue}`,
    (balance, overdue) => `${balance} outstanding, ${overdue} overdue`,
  ),
  nothingDue: msg(
    () => "还没有到期的应收款。",
    () => "Nothing is due yet.",
  ),
  mine: msg(
    () => "我的",
    () => "mine",
  ),
  team: msg(
    () => "团队",
    () => "team",
  ),
};
