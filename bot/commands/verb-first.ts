/**
 * "new deal Initech 40k", "add contact Acme Bob", "新建商机 腾讯 80万", "添加客户 京东": the
 * command written verb first, as people say it. Rewritten to the declared order
 * (`deal new …`, `客户 添加 …`) so one grammar parses both.
 */
const EN: [RegExp, string][] = [
  [/^(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:new|create|add|open|start|set\s+up)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:deal|opportunity|opp)\b/iu, "deal new"],
  [/^(?:new|create|add)\s+(?:a\s+)?(?:company|customer|account|client)\b/iu, "company add"],
  [/^(?:new|create|add)\s+(?:a\s+)?contact\b/iu, "contact add"],
  [/^(?:new|create|open|raise|file)\s+(?:a\s+)?ticket\b/iu, "ticket new"],
  [/^(?:new|create|add)\s+(?:a\s+)?(?:follow[\s-]?up|todo|to-do)\b/iu, "followup add"],
  [/^(?:new|create|add)\s+(?:a\s+)?lead\b/iu, "lead new"],
];
const ZH: [RegExp, string][] = [
  [/^(?:新建|新增|创建|添加|加个|加一个)(?:一个|个)?(?:商机|订单)/u, "商机 新建"],
  [/^(?:新建|新增|创建|添加|加个|加一个)(?:一个|个)?(?:客户|公司)/u, "客户 添加"],
  [/^(?:新建|新增|创建|添加|加个|加一个)(?:一个|个)?联系人/u, "联系人 添加"],
  [/^(?:新建|新增|创建|提|开|加个|加一个)(?:一个|个)?(?:工单|售后单)/u, "工单 新建"],
  [/^(?:新建|新增|创建|添加|加个|加一个)(?:一个|个)?(?:跟进|待办)/u, "跟进 添加"],
  [/^(?:新建|新增|创建|添加|加个|加一个|新|来了?(?:一|个|一个|条|一条)?新?)(?:一个|个|条|一条)?线索/u, "线索 新建"],
];

/**
 * "把顺丰的商机金额改成80万", "change the Initech deal amount to 72k": an edit said as a sentence is
 * the edit command (`商机 顺丰 金额 80万`), not news to log as a note beside the change.
 */
const ZH_EDIT =
  /^(?:请|帮我)?(?:把|将)?(?<who>[^，,。；;！!？?\s]+?)(?:的|那个|这个)?(?:商机|单子|项目|订单)?的?(?<field>金额|赢率|赢单概率|成交概率)(?:改成|改为|改到|调整为|调整到|调成|调到|更新为|更新成|变成|设为|设成|设置为|修改为|修改成)(?<value>[^，,。；;！!？?]+?)[。.!！]*$/u;
const EN_EDIT =
  /^(?:please\s+)?(?:change|update|set|make|bump|adjust)\s+(?:the\s+)?(?:deal\s+)?(?<who>.+?)(?:['’]s)?\s+(?:deal\s+)?(?<field>amount|value|size|probability|win\s+probability)\s+(?:to|=)\s+(?<value>(?:[^,;]|,(?=\d))+?)[.!]*$/iu;

/**
 * "帮我给比亚迪建个商机，200万", "比亚迪的商机帮我建一下 金额200万", "腾讯的商机帮我建一个，预算80万": a deal asked for with its customer named
 * first is the create command (`商机 新建 比亚迪 200万`), not a note on the customer beside a new deal (a name may hold
 * 的: "帮我给美的建个商机，金额80万").
 */
const ZH_DEAL_FOR =
  /^(?:请|麻烦)?(?:帮我)?(?:给|为|帮)(?<who>[^，,。；;！!？?\s]{2,20}?)(?:新建|建|创建|开|加)(?:一个|个|一下)?(?:新的?)?(?:商机|单子)(?:吧|一下)?(?:[，,：:\s]+(?:金额|预算|报价|合同额|总价|总额)?(?:是|为|大概|大约|约|预计)?[：:]?\s*(?<rest>[^。！!？?]*))?[。.!！]*$/u;
const ZH_DEAL_OF =
  /^(?<who>[^，,。；;！!？?\s]{2,20}?)的?(?:商机|单子)(?:请|麻烦)?(?:帮我|你)?(?:新建|建|创建|开)(?:一个|个|一下)?(?:吧)?(?:[，,：:\s]+(?:金额|预算|报价|合同额|总价|总额)?(?:是|为|大概|大约|约|预计)?[：:]?\s*(?<rest>[^。！!？?]*))?[。.!！]*$/u;

function dealForCommand(t: string): string | null {
  const g = (ZH_DEAL_FOR.exec(t) ?? ZH_DEAL_OF.exec(t))?.groups;
  if (!g?.who) return null;
  return `商机 新建 ${g.who} ${g.rest?.trim() ?? ""}`.trim();
}

/** "华为金额调整到220万并且推进到商务谈判", "amount to 95k and move to negotiation": more than the edit, a sentence for the log flow. */
const AND_MORE = /并且|并(?=推|移|改|转|签|把)|同时|然后|而且|顺便|\band\s+(?:move|moved|push|pushed|advance|set|mark|close)\b/iu;

function editCommand(t: string): string | null {
  if (AND_MORE.test(t)) return null;
  const zh = ZH_EDIT.exec(t)?.groups;
  if (zh?.who && zh.field && zh.value) return `商机 ${zh.who} ${zh.field === "金额" ? "金额" : "赢率"} ${zh.value.trim()}`;
  const en = EN_EDIT.exec(t)?.groups;
  if (en?.who && en.field && en.value) return `deal ${en.who} ${/probability/iu.test(en.field) ? "probability" : "amount"} ${en.value.trim()}`;
  return null;
}

/** The declared command line for a verb-first one, or null when the text does not start so. */
export function verbFirstCommand(text: string): string | null {
  const t = text.trim();
  const edit = editCommand(t) ?? dealForCommand(t);
  if (edit) return edit;
  for (const [re, head] of [...EN, ...ZH]) {
    const m = re.exec(t);
    if (!m) continue;
    const rest = t
      .slice(m[0].length)
      .replace(/^[\s:：，,]+/u, "")
      .replace(/^(?:for|with|at)\s+/iu, "");
    // "new deal" alone still shows the usage, like "deal new" does.
    return rest ? `${head} ${rest}` : head;
  }
  return null;
}
