/**
 * "new deal Initech 40k", "add contact Acme Bob", "新建商机 腾讯 80万", "添加客户 京东": the
 * command written verb first, as people say it. Rewritten to the declared order
 * (`deal new …`, `客户 添加 …`) so one grammar parses both.
 */
const EN: [RegExp, string][] = [
  [/^(?:new|create|add|open)\s+(?:a\s+)?(?:deal|opportunity)\b/iu, "deal new"],
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

/** The declared command line for a verb-first one, or null when the text does not start so. */
export function verbFirstCommand(text: string): string | null {
  const t = text.trim();
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
