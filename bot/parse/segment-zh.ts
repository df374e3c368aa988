import { createRequire } from "node:module";

type JiebaModule = typeof import("@node-rs/jieba");
type Segmenter = InstanceType<JiebaModule["Jieba"]>;

/**
 * Words of a sales chat that jieba's general dictionary splits or glues wrongly
 * ("发了微信" came out as 发|了|微|信; "开完会" as 开|完会). A high count makes
 * each one a single token so keyword matching can rely on token edges.
 */
const CRM_WORDS = [
  "微信",
  "企业微信",
  "企微",
  "钉钉",
  "短信",
  "语音留言",
  "留言",
  "回电",
  "致电",
  "电联",
  "电话会议",
  "视频会议",
  "线上会议",
  "腾讯会议",
  "视频通话",
  "语音通话",
  "开会",
  "见面",
  "面谈",
  "面聊",
  "碰头",
  "吃饭",
  "请客",
  "饭局",
  "喝茶",
  "喝咖啡",
  "拜访",
  "上门",
  "现场",
  "演示",
  "线上演示",
  "远程演示",
  "邮件",
  "电邮",
  "商机",
  "进展",
  "怎么样",
  "如何",
  "哪些",
  "查一下",
  "查查",
  "搜一下",
  "搜索",
  "查找",
];

let segmenter: Segmenter | null = null;

/** jieba takes ~0.4 s to build its dictionary, so the first Chinese sentence pays it, and only once. */
function load(): Segmenter {
  if (segmenter) return segmenter;
  const require = createRequire(import.meta.url);
  const { Jieba } = require("@node-rs/jieba") as JiebaModule;
  const { dict } = require("@node-rs/jieba/dict") as { dict: Uint8Array };
  const instance = Jieba.withDict(dict);
  instance.loadDict(new TextEncoder().encode(CRM_WORDS.map((w) => `${w} 20000 v`).join("\n")));
  segmenter = instance;
  return instance;
}

export interface Token {
  word: string;
  index: number;
  end: number;
}

/** Words of `text` with their character offsets (HMM off: unknown names stay in single characters, which is safe for edge tests). */
// The tense and keyword passes segment the same clauses several times; remember the last few.
const recent = new Map<string, Token[]>();
const RECENT_MAX = 256;

export function segment(text: string): Token[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const known = recent.get(text);
  if (known) return known;
  const out = cutWithOffsets(text);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value ?? "");
  recent.set(text, out);
  return out;
}

function cutWithOffsets(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const word of load().cut(text, false)) {
    const index = text.indexOf(word, at);
    if (index < 0) continue;
    out.push({ word, index, end: index + word.length });
    at = index + word.length;
  }
  return out;
}

/** Offsets where a word starts or ends. A keyword counts only if it starts and ends on such edges ("会" in 机会 does not). */
const recentEdges = new Map<string, Set<number>>();

export function wordEdges(text: string): Set<number> {
  const known = recentEdges.get(text);
  if (known) return known;
  const edges = computeEdges(text);
  if (recentEdges.size >= RECENT_MAX) recentEdges.delete(recentEdges.keys().next().value ?? "");
  recentEdges.set(text, edges);
  return edges;
}

function computeEdges(text: string): Set<number> {
  const edges = new Set<number>([0, text.length]);
  for (const t of segment(text)) {
    edges.add(t.index);
    edges.add(t.end);
    // Dictionary compounds such as 开会讨论 / 电话沟通 hide the word edge inside them; their
    // search-mode parts (开会, 讨论) restore it. Two-character words (机会) are never split.
    if (t.word.length < 4) continue;
    let at = 0;
    for (const part of load().cutForSearch(t.word, false)) {
      const inner = t.word.indexOf(part, at);
      if (inner < 0 || part.length === t.word.length) continue;
      edges.add(t.index + inner);
      edges.add(t.index + inner + part.length);
    }
  }
  return edges;
}

const globals = new WeakMap<RegExp, RegExp>();

/** A global twin of `re`, built once: matchOnWords runs for every clause and pattern. */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = re.flags.includes("g") ? new RegExp(re.source, re.flags) : new RegExp(re.source, `${re.flags}g`);
    globals.set(re, g);
  }
  return g;
}

/**
 * First match of `re` in `text` that sits on word edges: a short (1–2 character) Han match
 * must start and end on jieba edges; Latin ends use the regex's own \b.
 */
export function matchOnWords(re: RegExp, text: string, edges: Set<number> = wordEdges(text)): RegExpExecArray | null {
  const global = globalOf(re);
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const hanStart = /\p{Script=Han}/u.test(m[0][0] ?? "");
    const hanEnd = /\p{Script=Han}/u.test(m[0][m[0].length - 1] ?? "");
    // Three or more characters ("通了电话") are specific enough on their own, and a company name
    // glued to them by the dictionary ("腾讯通|了") must not hide them.
    if (m[0].length >= 3 || ((!hanStart || edges.has(start)) && (!hanEnd || edges.has(end)))) return m;
    global.lastIndex = start + 1;
  }
  return null;
}

/** Words jieba's dictionary tags as a person's name ("李娜", "王小明"), with their offsets (HMM off, as segment). */
export function personNames(text: string): Token[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of load().tag(text, false)) {
    const index = text.indexOf(word, at);
    if (index < 0) continue;
    at = index + word.length;
    if (tag === "nr") out.push({ word, index, end: at });
  }
  return out;
}
