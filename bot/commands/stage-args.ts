import type { StagePlace } from "../../domain/pipeline/stage-config.service.js";

/** What "stage add …" says: the names, an optional probability and the stage it goes after. */
export interface StageAddArgs {
  nameEn: string;
  nameZh: string;
  probability?: number;
  after?: string;
}

const HAN = /\p{Script=Han}/u;

/** "40%", "40", "４０％" → 40; anything else → null (the reply quotes it). */
export function readPercent(text: string): number | null {
  const match = /^(\d{1,3})\s*%?$/u.exec(text.normalize("NFKC").trim());
  return match ? Number(match[1]) : null;
}

/** "Technical review / 技术评估 40% after qualified", "技术评估 40% 在 需求确认 之后". Null without a name. */
export function readStageAdd(line: string): StageAddArgs | null {
  let rest = line.normalize("NFKC").trim();
  let after: string | undefined;
  const en = /\s+after\s+(.+)$/iu.exec(rest);
  const zh = /\s+(?:放在|在)\s*(.+?)\s*(?:之后|后面|以后|后)$/u.exec(rest);
  const place = en ?? zh;
  if (place) {
    after = place[1]!.trim();
    rest = rest.slice(0, place.index).trim();
  }
  let probability: number | undefined;
  const percent = /\s+(\d{1,3})\s*%$/u.exec(rest);
  if (percent) {
    probability = Number(percent[1]);
    rest = rest.slice(0, percent.index).trim();
  }
  const names = rest.split("/").map((n) => n.trim());
  if (names.some((n) => n.length === 0) || names.length > 2) return null;
  const [first, second] = names as [string, string | undefined];
  // One name serves both languages; with two, the one in Chinese characters is the Chinese name.
  const [nameEn, nameZh] = second === undefined ? [first, first] : HAN.test(first) && !HAN.test(second) ? [second, first] : [first, second];
  return { nameEn, nameZh, ...(probability === undefined ? {} : { probability }), ...(after ? { after } : {}) };
}

const RENAME_TO = ["to", "as", "为", "成", "改为", "改成", "->", "→"];

/** "proposal to Quote sent", "方案报价 为 已报价", "proposal Quote sent / 已报价" → the stage and its new names. */
export function readStageRename(tokens: readonly string[]): { ref: string; nameEn?: string; nameZh?: string } | null {
  const at = tokens.findIndex((t, i) => i > 0 && RENAME_TO.includes(t.toLowerCase()));
  const [refTokens, nameTokens] = at > 0 ? [tokens.slice(0, at), tokens.slice(at + 1)] : [tokens.slice(0, 1), tokens.slice(1)];
  const ref = refTokens.join(" ").trim();
  const names = nameTokens
    .join(" ")
    .normalize("NFKC")
    .split("/")
    .map((n) => n.trim());
  if (!ref || names.length > 2 || names.some((n) => n.length === 0)) return null;
  if (names.length === 2) {
    const [a, b] = names as [string, string];
    return HAN.test(a) && !HAN.test(b) ? { ref, nameEn: b, nameZh: a } : { ref, nameEn: a, nameZh: b };
  }
  const name = names[0]!;
  return HAN.test(name) ? { ref, nameZh: name } : { ref, nameEn: name };
}

/** "negotiation before proposal", "商务谈判 到 方案报价 之前", "商务谈判 方案报价 之后" → the stage and where it goes. */
export function readStageMove(tokens: readonly string[]): { ref: string; place: StagePlace } | null {
  const words = tokens.map((t) => t.toLowerCase());
  const en = words.findIndex((w, i) => i > 0 && (w === "before" || w === "after"));
  if (en > 0 && en < tokens.length - 1) {
    const ref = tokens.slice(0, en).join(" ");
    const other = tokens.slice(en + 1).join(" ");
    return { ref, place: words[en] === "before" ? { before: other } : { after: other } };
  }
  const last = words.at(-1) ?? "";
  const side = ["之前", "前面", "前"].includes(last) ? "before" : ["之后", "后面", "后"].includes(last) ? "after" : null;
  if (!side) return null;
  const body = tokens.slice(0, -1);
  const to = body.findIndex((t, i) => i > 0 && ["到", "放到", "移到", "放在"].includes(t));
  const [refTokens, otherTokens] = to > 0 ? [body.slice(0, to), body.slice(to + 1)] : body.length === 2 ? [body.slice(0, 1), body.slice(1)] : [[], []];
  if (refTokens.length === 0 || otherTokens.length === 0) return null;
  const other = otherTokens.join(" ");
  return { ref: refTokens.join(" "), place: side === "before" ? { before: other } : { after: other } };
}
