import { ZH_COMPOUND_SURNAMES, ZH_SURNAMES } from "./name-lexicon.js";
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
const COMPOUND = new RegExp(`^(?:${ZH_COMPOUND_SURNAMES.join("|")})`, "u");

function nameAt(text: string, at: number, known: () => Token[]): string | null {
  const surname = COMPOUND.exec(text.slice(at))?.[0] ?? (ZH_SURNAMES.includes(text[at] ?? "") ? text[at]! : null);
  if (!surname) return null;
  const person = known().find((t) => t.index === at);
  if (person && AFTER.test(text.slice(person.end))) return person.word;
  // an unknown name: single characters in jieba's cut, two or three in all
  const words = segment(text);
  const start = words.find((w) => w.index === at);
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

export function extractFullNamesAfterCompany(text: string, hints: NameHints, companyBefore: (index: number) => string | null): void {
  let tagged: Token[] | null = null;
  const known = () => (tagged ??= personNames(text));
  for (let at = text.indexOf("的"); at >= 0; at = text.indexOf("的", at + 1)) {
    const company = companyBefore(at);
    if (!company) continue;
    const name = nameAt(text, at + 1, known);
    if (name) hints.contact(name, 3, at + 1);
  }
}
