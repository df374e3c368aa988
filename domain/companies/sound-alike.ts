import { pinyin } from "pinyin-pro";
import { normalizeText, soundAlikeByReadings, stripCompanySuffix, toPinyin } from "../shared/search-key.js";
import type { MentionEntry } from "./company-mentions.js";

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Known Chinese customers written with a character that sounds the same ("腾迅" for 腾讯, "华伟" for
 * 华为): the rep's input method picked the wrong homophone. Each comes with the characters as written; the caller
 * logs on the one customer written so with its first character right, saying so, and offers the others as choices.
 * Runs on the rare sentence that names no customer at all.
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

export function soundAlikes(entries: readonly MentionEntry[], text: string): { id: string; name: string; written: string }[] {
  const runs = [...text.matchAll(HAN_RUN)].map((m) => m[0]);
  if (runs.length === 0) return [];
  const syllables = runs.map((run) => ({ run, sounds: pinyin(run, { toneType: "none", type: "array" }).map((s) => normalizeText(s)) }));
  const found: { id: string; name: string; written: string }[] = [];
  for (const entry of entries) {
    const { short, chars, target } = soundOf(entry);
    if (chars.length < 2 || chars.length > 6 || !target) continue;
    let written: string | null = null;
    for (const { run, sounds } of syllables) {
      const runChars = [...run];
      for (let i = 0; i + chars.length <= runChars.length && written === null; i++) {
        const word = runChars.slice(i, i + chars.length).join("");
        if (word !== short && (sounds.slice(i, i + chars.length).join("") === target || soundAlikeByReadings(runChars.slice(i, i + chars.length), chars)))
          written = word;
      }
      if (written !== null) break;
    }
    if (written !== null) found.push({ id: entry.id, name: entry.name, written });
    if (found.length >= 3) break;
  }
  return found;
}
