import { pinyin } from "pinyin-pro";
import { normalizeText, stripCompanySuffix, toPinyin } from "../shared/search-key.js";
import type { MentionEntry } from "./company-mentions.js";

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Known Chinese customers written with a character that sounds the same ("腾迅" for 腾讯, "华伟" for
 * 华为): the rep's input method picked the wrong homophone. Only asked about, never logged on:
 * the caller offers them as choices. Runs on the rare sentence that names no customer at all.
 */
/** Each known name's short form and its pinyin, worked out once per mention-index entry (entries live until the index is rebuilt). */
const SOUNDS = new WeakMap<MentionEntry, { short: string; chars: string[]; target: string }>();
function soundOf(entry: MentionEntry): { short: string; chars: string[]; target: string } {
  let sound = SOUNDS.get(entry);
  if (!sound) {
    const short = normalizeText(stripCompanySuffix(entry.name));
    sound = { short, chars: [...short], target: toPinyin(short) };
    SOUNDS.set(entry, sound);
  }
  return sound;
}

export function soundAlikes(entries: readonly MentionEntry[], text: string): { id: string; name: string }[] {
  const runs = [...text.matchAll(HAN_RUN)].map((m) => m[0]);
  if (runs.length === 0) return [];
  const syllables = runs.map((run) => ({ run, sounds: pinyin(run, { toneType: "none", type: "array" }).map((s) => normalizeText(s)) }));
  const found: { id: string; name: string }[] = [];
  for (const entry of entries) {
    const { short, chars, target } = soundOf(entry);
    if (chars.length < 2 || chars.length > 6 || !target) continue;
    const heard = syllables.some(({ run, sounds }) => {
      const runChars = [...run];
      for (let i = 0; i + chars.length <= runChars.length; i++) {
        if (sounds.slice(i, i + chars.length).join("") === target && runChars.slice(i, i + chars.length).join("") !== short) return true;
      }
      return false;
    });
    if (heard) found.push({ id: entry.id, name: entry.name });
    if (found.length >= 3) break;
  }
  return found;
}
