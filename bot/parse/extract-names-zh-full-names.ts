import { surnameAt } from "./name-lexicon.js";
import type { NameHints } from "./name-hints.js";
import { personNames, segment, type Token } from "./segment-zh.js";

/**
 * "跟华为的张伟通了电话", "腾讯的李娜说…", "京东的刘强东来了": a full name (surname + one or two
 * characters) right after "<customer>的" is that customer's person. A dictionary word there
 * (华为的方案, 腾讯的高层, 华为的周报) is not: the name must be one jieba does not know as a word
 * (it splits it into single characters) or one it tags as a person's name.
 */
const AFTER =
  /^(?:[说通开来打发提问约在也和跟聊谈见吃喝加签要想觉对回讲讲让给把被已还又都刚再就很]|表示|反馈|回复|确认|同意|电话|微信|邮件|[，,。.！!？?；;、\s]|$)/u;

/** `afterRole`: a role just named a person ("CTO李强"), so a word jieba knows there is still taken as the name. */
function nameAt(text: string, at: number, known: () => Token[], afterRole = false): string | null {
  const surname = surnameAt(text, at);
  if (!surname) return null;
  const person = known().find((t) => t.index === at);
  if (person && AFTER.test(text.slice(person.end))) return person.word;
  // an unknown name: single characters in jieba's cut, two or three in all
  const words = segment(text);
  const start = words.find((w) => w.index === at);
  if (afterRole && start && start.word.length <= surname.length + 2 && start.word.length > surname.length && AFTER.test(text.slice(start.end)))
    return start.word;
  if (!start || (start.word.length > 1 && start.word !== surname)) return null;
  for (const length of [surname.length + 1, surname.length + 2]) {
    const name = text.slice(at, at + length);
    if (!/^\p{Script=Han}+$/u.test(name) || name.length < length) return null;
    // a word running past the name's end ("张伟通过" is 张伟 + 通过; "黄金周" is a word)
    const crossing = words.some((w) => w.word.length > 1 && w.index > at && w.index < at + length && w.end > at + length);
    if (crossing) continue;
    if (AFTER.test(text.slice(at + length))) return name;
  }
  return null;
}

/**
 * "华为的采购经理刘芳说…", "腾讯的技术总监王磊": a role may stand between "<customer>的" and the name;
 * "对接人叫赵敏", "新的联系人是孙丽" introduce one anywhere.
 */
const ROLE =
  /^(?:新来的|新|现在的|原来的|原)?(?:采购|技术|项目|产品|销售|市场|财务|法务|行政|运营|IT|信息部?|人事|HR)?(?:总经理|副总经理|副总裁|副总|总裁|总监|经理|主管|主任|负责人|工程师|专员|对接人|联系人|老板|董事长|CTO|CEO|CFO|CIO|COO|VP)|^(?:采购|财务|法务)/u;
const INTRODUCED = /(?:对接人|联系人|负责人|窗口|决策人|关键人)(?:换成了?|变成了?|改成了?|是|叫|为)/gu;

function afterRole(text: string, at: number): number | null {
  const role = ROLE.exec(text.slice(at));
  if (!role) return null;
  const rest = text.slice(at + role[0].length);
  const joiner = /^(?:是|叫)?/u.exec(rest)?.[0] ?? "";
  return at + role[0].length + joiner.length;
}

export function extractFullNamesAfterCompany(text: string, hints: NameHints, companyBefore: (index: number) => string | null): void {
  let tagged: Token[] | null = null;
  const known = () => (tagged ??= personNames(text));
  for (let at = text.indexOf("的"); at >= 0; at = text.indexOf("的", at + 1)) {
    const company = companyBefore(at);
    if (!company) continue;
    const name = nameAt(text, at + 1, known);
    if (name) {
      hints.contact(name, 3, at + 1);
      continue;
    }
    const named = afterRole(text, at + 1);
    const titled = named === null ? null : nameAt(text, named, known, true);
    if (titled && named !== null) hints.contact(titled, 3, named);
  }
  for (const m of text.matchAll(INTRODUCED)) {
    const at = (m.index ?? 0) + m[0].length;
    const name = nameAt(text, at, known, true);
    if (name) hints.contact(name, 3, at);
  }
}
