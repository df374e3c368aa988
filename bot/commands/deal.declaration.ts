import type { CommandDeclaration } from "./declaration.js";

export const dealDeclaration: CommandDeclaration = {
  words: { en: ["deal", "deals"], zh: ["商机", "订单"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "deal new <company> [amount] [stage]", zh: "商机 新建 <客户> [金额] [阶段]" },
      summary: { en: "create a deal", zh: "新建商机" },
      example: { en: "deal new Acme 200k proposal", zh: "商机 新建 华为 20万 方案报价" },
    },
    {
      synopsis: { en: "deal move <number|company> <stage>", zh: "商机 推进 <编号|客户> <阶段>" },
      summary: { en: "move a deal to a stage", zh: "推进商机到某个阶段" },
      example: { en: "deal move 12 negotiation", zh: "商机 推进 12 商务谈判" },
      details: "stage history kept",
    },
    {
      synopsis: { en: "deal show <number|company>", zh: "商机 查看 <编号|客户>" },
      summary: { en: "the deal card, with stage buttons", zh: "商机卡片（带阶段按钮）" },
    },
    {
      synopsis: {
        en: "deal list [stage] [mine|owner <name>] [closing this|next week|month] [over <amount>] [stale] [page <n>]",
        zh: "商机 列表 [阶段] [我的|负责人 <姓名>] [本周|下周|本月|下月成交] [<金额>以上] [停滞] [第<n>页]",
      },
      summary: { en: "the deals you may see (open ones unless a stage or close date is named), filtered", zh: "你能看到的商机（默认进行中），可筛选" },
      example: { en: "deal list proposal mine closing this month over 100k", zh: "商机 列表 方案报价 我的 本月成交 10万以上" },
      details:
        "ten per page, the next page's command under the list; deal numbers are the deals' own, so `deal show 12` opens the same deal from any page; stale = no activity for the stale-deal rule's days (`rule set stale-deal days N`); an amount bound compares deals in its own currency only; words it cannot read are named in the reply",
    },
    {
      synopsis: { en: "deal <number|company> close date <date>", zh: "商机 <编号|客户> 预计成交 <日期>" },
      summary: { en: "set the expected close date", zh: "设置预计成交日期" },
      example: { en: "deal Acme close date Dec 20", zh: "商机 12 预计成交 月底" },
      details:
        'the digest\'s "closing this week"; also by sentence: "Acme 的商机预计月底签", "the deal with Acme should close next Friday". A date that is over is refused; a sentence that also reports a call ("跟华为通了电话，合同下周签") is logged as the call',
    },
    {
      synopsis: { en: "deal <number|company> contract ends <date>", zh: "商机 <编号|客户> 合同到期 <日期>" },
      summary: { en: "set the contract end date", zh: "设置合同到期日" },
      example: { en: "deal Acme contract ends 2027-03-31", zh: "商机 华为 合同到期 2027-03-31" },
      details: 'the renewal rule reads it; also by sentence: "华为合同2027年3月31日到期", "contract with Foo ends 2027-03-31"',
    },
    {
      synopsis: { en: "deal <number|company> owner <name>", zh: "商机 <编号|客户> 交给 <姓名>" },
      summary: { en: "hand a deal over", zh: "把商机交给别人" },
      example: { en: "deal 12 owner Li Lei", zh: "商机 12 交给 李雷" },
      details:
        "its owner, their manager or an admin; to someone in the deal's team unless an admin does it; the deal's open follow-ups go with it and the new owner is told; audited `deal.reassign`",
    },
    {
      synopsis: { en: "deal <number|company> amount|probability|lost reason <value>", zh: "商机 <编号|客户> 金额|赢率|输单原因 <值>" },
      summary: { en: "change the amount, override the win probability, record why it was lost", zh: "改金额、设置赢单概率、记录输单原因" },
      example: { en: "deal 12 probability 70%", zh: "商机 12 金额 80万" },
      details:
        "a bare amount keeps the deal's currency, a stated one (`€30k`, `50万美元`) replaces it; the reply says old → new; probability 0–100%, `default` / `默认` goes back to the stage's; `-` / `无` clears the lost reason; audited `deal.update`",
    },
    {
      synopsis: { en: "deal <number|company> contract starts <date>", zh: "商机 <编号|客户> 合同开始 <日期>" },
      summary: { en: "set the contract start date (a past date is fine)", zh: "设置合同开始日期（可以是过去的日期）" },
      example: { en: "deal 12 contract starts 2026-11-01", zh: "商机 12 合同开始 2026-11-01" },
    },
    {
      synopsis: { en: "deal delete <number|company>", zh: "商机 删除 <编号|客户>" },
      summary: { en: "move a deal to the recycle bin (undo or `trash restore` brings it back)", zh: "把商机移到回收站（可撤销，或用“回收站 恢复”）" },
      details:
        "its owner, their manager or an admin; its activities and follow-ups stay with the customer, unlinked, and are linked again on restore; its number is not reused while it is in the bin; a deal with quotes is kept (mark it lost); audited `deal.delete`",
    },
    {
      synopsis: { en: "deal <number|company> title <title>", zh: "商机 <编号|客户> 改名 <标题>" },
      summary: { en: "rename a deal", zh: "商机改名" },
      example: { en: "deal Acme title Data centre phase 2", zh: "商机 华为 改名 数据中心二期" },
    },
  ],
};
