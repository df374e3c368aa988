/**
 * "估计要两周才能定下来", "需要一周时间准备方案", "还要三天", "再给两周", "给我们两周时间", "再等一周": the time something still needs is when to
 * follow up (nothing was set). Rewritten in place, same length, as that offset: "要两周" → "两周后".
 * Only before what the time is for (才/能/上线/回复/a comma…): what took time ("花了两周"), "要三天的量",
 * "7天无理由退货" and offsets already said are left alone.
 */
const NEEDED =
  /(?:需要|还要|还得|得要|大概要|估计要|预计要|要|(?:再|多)给(?:我们|他们|对方|我|他|她)?|给(?:我们|他们|对方)|(?:再|还要|要|还得)等)(?:走|花)?(?<n>\d{1,2}|[一两二三四五六七八九十半]{1,3})(?<ge>个)?(?<unit>天|周|星期|礼拜|月)(?:时间|左右)?(?![前后内的了多\d])(?=\s*(?:才|就|能|可以|完成|上线|交付|定|准备|考虑|评估|审批|走|回复|答复|给|出|搞定|做完|处理|[，,。；;！!?？]|$))/gu;

/**
 * "对方说要内部走流程，大概两周": a hedged span of time that is a clause of its own is the same wait. Not
 * after 了/过 in its clause ("跟进了大概两周" is how long something took).
 */
const HEDGED_CLAUSE =
  /(?<=^|[，,。；;！!]\s*)(?<lead>[^，,。；;！!?？了过]{0,8}?)(?:大概|估计|预计|大约|差不多|可能)(?<n>\d{1,2}|[一两二三四五六七八九十半]{1,3})(?<ge>个)?(?<unit>天|周|星期|礼拜|月)(?:时间|左右)?(?=\s*(?:吧|的样子)?\s*(?:[，,。；;！!]|$))/gu;

function asOffset(whole: string, n: string, ge: string | undefined, unit: string): string {
  const out = `${n}${ge ?? (unit === "月" ? "个" : "")}${unit}后`;
  return out.length <= whole.length ? out.padStart(whole.length, " ") : whole;
}

/**
 * "they need about two weeks for legal review", "legal review takes ~2 weeks", "it'll take Initech 2 weeks to
 * decide", "they want 2 more weeks", "asked for another week": the same wait in English, rewritten as "in 2 weeks"
 * (with want / asked for only time added on, "more" or "another": "they want 30 days" may be payment terms). Not what took time ("took", "spent", "needed").
 * ("wks" reaches here as chrono's "w", unit-abbreviations.ts.)
 */
const NEEDED_EN =
  /\b(?:need|needs|takes?|'ll\s+take|will\s+take|requires?|is\s+going\s+to\s+take|(?:want|wants|asked\s+for|ask\s+for|asking\s+for|requested)(?=\s+(?:\S+\s+)?(?:\S+\s+)?(?:more|extra|additional)\b|\s+another\b))\s+(?:[A-Za-z][\w&.-]*\s+)?(?:(?:about|around|roughly|approximately|approx\.?|maybe|another|at\s+least)\s+|~\s*)?(?:(?<n>\d{1,2})\s*|(?<word>one|two|three|four|five|six|a\s+couple\s+of|a\s+few|a|another)\s+)(?:(?:more|extra|additional)\s+)?(?<unit>days?|weeks?|months?|w(?=\s|$))\b(?!\s+(?:ago|before|earlier|of|notice|in\s+advance|ahead)\b|['’])/giu;

/** A hedged span is a wait only when someone says so ("对方说…，大概两周") or it stands alone; not a project's length or a trip's. */
const HEDGED_LEAD_OK = /^$|说|表示|反馈|回复|讲|审批|流程|决定|评估|考虑|答复|法务|采购/u;
const NOT_A_WAIT_ZH = /周期|工期|时长|出差|差旅|行程|离上次|距上次|距离上次|待了|住了/u;
/** The English wait is for a decision or an answer ("to decide", "for legal review", "…takes ~2 weeks."), not work or terms. */
const WAIT_FOR_EN = /^\s*(?:(?:to|for)\s+(?!(?:pay|ship|deliver|install|implement|deploy|build|onboard|train|migrate|go\s+live|roll\s+out)\b)\w|[,.;!]|$)/iu;
const NOT_A_WAIT_EN =
  /\b(?:implementation|implement|rollout|roll\s+out|onboarding|deployment|deploy|install\w*|training|trial|project|build|migration|pay|payment|invoices?|delivery|ship\w*)\b/iu;

/** "they need legal review, ~2 weeks", "waiting on procurement - about a month": a hedged span standing alone after a wait. */
const HEDGED_CLAUSE_EN =
  /(?<=[,;:–—-])\s*(?:~\s*|(?:about|around|roughly|approx\.?|maybe|probably)\s+)(?<n>\d{1,2}|one|two|three|four|five|six|a\s+couple\s+of|a\s+few|a)\s+(?<unit>days?|weeks?|months?|w(?=\s|$))(?=\s*(?:[.,;!]|$))/giu;
const WAIT_BEFORE_EN =
  /\b(?:review|approv\w*|decid\w*|decision|sign[\s-]?off|legal|procurement|board|budget|internal(?:ly)?|think\s+(?:it\s+)?over|get\s+back|waiting)\b/iu;

/**
 * "Initech said 3-4 weeks for legal review" (the range already read at its end), "legal estimated 2 weeks to decide",
 * "waiting on legal ~2 weeks": a span someone gave for a wait, or a hedged span in the clause of a wait.
 */
const SAID_WAIT_EN =
  /\b(?:said|says|estimated?|estimates|expects?|expected|reckons?|quoted|told\s+(?:us|me)|gave\s+(?:us|me|it))\s+(?:(?:about|around|roughly|approx\.?|maybe|another|at\s+least)\s+|~\s*)?(?<n>\d{1,2}|one|two|three|four|five|six|a\s+couple\s+of|a\s+few|a)\s+(?<unit>days?|weeks?|months?|w(?=\s|$))\b(?=\s+(?:for|to|until|till|before)\s+)/giu;
const HEDGED_IN_WAIT_EN =
  /(?<=\s)(?:~\s*|(?:about|around|roughly|approx\.?|maybe|probably)\s+)(?<n>\d{1,2}|one|two|three|four|five|six|a\s+couple\s+of|a\s+few|a)\s+(?<unit>days?|weeks?|months?|w(?=\s|$))(?=\s*(?:[.,;!]|$))/giu;
const WAIT_IN_CLAUSE_EN =
  /\b(?:waiting|wait|pending|awaiting|review|approv\w*|decid\w*|decision|sign[\s-]?off|legal|procurement|board|get\s+back)\b[^.,;!?]*$/iu;
const NOT_HEDGED_AFTER = /\b(?:in|within|for|took|spent|lasted|after|by|ago|over|past|last|next)\s*$/iu;

/** Same length as `whole`, "in" at its start so the date found is labelled with all of the rep's words. */
function waitSpan(n: string, unit: string, whole: string): string {
  const span = `${n} ${unit}`;
  if (span.length + 3 <= whole.length) return `in${" ".repeat(whole.length - span.length - 2)}${span}`;
  return span.length + 1 <= whole.length ? `+${span}`.padStart(whole.length, " ") : whole;
}

export function timeNeededAhead(text: string): string {
  return waitsEn(timeNeeded(text));
}

function waitsEn(text: string): string {
  return text
    .replace(SAID_WAIT_EN, (whole, n: string, unit: string, offset: number) => {
      const after = text.slice(offset + whole.length).split(/[.,;!?]/u)[0] ?? "";
      if (!WAIT_BEFORE_EN.test(after) || NOT_A_WAIT_EN.test(after)) return whole;
      // the saying verb goes too: the wait is what is left, "in 2 weeks"
      return waitSpan(n, unit, whole);
    })
    .replace(HEDGED_IN_WAIT_EN, (whole, n: string, unit: string, offset: number) => {
      const before = text.slice(Math.max(0, offset - 60), offset);
      if (!WAIT_IN_CLAUSE_EN.test(before) || NOT_A_WAIT_EN.test(before) || NOT_HEDGED_AFTER.test(before)) return whole;
      return waitSpan(n, unit, whole);
    });
}

function timeNeeded(text: string): string {
  return text
    .replace(NEEDED, (whole, n: string, ge: string | undefined, unit: string) => asOffset(whole, n, ge, unit))
    .replace(HEDGED_CLAUSE, (whole, lead: string, n: string, ge: string | undefined, unit: string, offset: number) =>
      HEDGED_LEAD_OK.test(lead) && !NOT_A_WAIT_ZH.test(text.slice(0, offset + lead.length)) ? lead + asOffset(whole.slice(lead.length), n, ge, unit) : whole,
    )
    .replace(NEEDED_EN, (whole, digits: string | undefined, word: string | undefined, unit: string, offset: number) => {
      const n = digits ?? word ?? "";
      const clause =
        text
          .slice(0, offset + whole.length)
          .split(/[,.;!?]/u)
          .at(-1) ?? "";
      // what the time is for comes after it; what takes it (the rollout, the project) before it
      if (!WAIT_FOR_EN.test(text.slice(offset + whole.length)) || NOT_A_WAIT_EN.test(clause)) return whole;
      // "another week" is one more; "in" where the rep's words start, so the date is labelled with all of them
      const count = /^another$/iu.test(n) ? "1" : n;
      // (glued to the word before, "it'll take": "in" right after the span's other words)
      if (/\w$/u.test(text.slice(0, offset))) return `in ${count} ${unit}`.length <= whole.length ? `in ${count} ${unit}`.padStart(whole.length, " ") : whole;
      return waitSpan(count, unit, whole);
    })
    .replace(HEDGED_CLAUSE_EN, (whole, n: string, unit: string, offset: number) => {
      const before = text.slice(Math.max(0, offset - 60), offset);
      if (!WAIT_BEFORE_EN.test(before) || NOT_A_WAIT_EN.test(before)) return whole;
      // "~2 weeks" is shorter than "in 2 weeks"; chrono reads "+2 weeks" the same
      const out = `in ${n} ${unit}`.length <= whole.length ? `in ${n} ${unit}` : `+${n} ${unit}`;
      return out.length <= whole.length ? out.padStart(whole.length, " ") : whole;
    });
}
