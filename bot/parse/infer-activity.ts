import { ACTIVITY_PATTERNS } from './activity-patterns.js';
import { clauseTense, plannedBefore } from './clause-tense.js';
import { matchOnWords, wordEdges } from './segment-zh.js';
import { splitClauses } from './split-clauses.js';
import type { ActivityKind } from './types.js';

/** One activity word in the text, and whether the rep did it or only arranged it. */
export interface ActivityMention {
  kind: ActivityKind;
  index: number;
  text: string;
  planned: boolean;
}

export interface ActivityIntent {
  /** what to log: the first activity reported as done; else the first one planned */
  activity: ActivityKind | null;
  /** nothing was reported done, only arranged ("meeting with Acme tomorrow 3pm", "约了华为下周二见面") */
  planned: boolean;
  mentions: ActivityMention[];
}

/** Activity words of one clause in text order; one per position, the more specific pattern first. */
function mentionsIn(clause: string): { kind: ActivityKind; index: number; text: string }[] {
  const edges = wordEdges(clause);
  const found: { kind: ActivityKind; index: number; text: string }[] = [];
  for (const [kind, re] of ACTIVITY_PATTERNS) {
    let from = 0;
    for (;;) {
      const rest = clause.slice(from);
      const m = matchOnWords(re, rest, from === 0 ? edges : shiftEdges(edges, from, rest.length));
      if (!m) break;
      const index = from + m.index;
      if (!found.some((f) => index < f.index + f.text.length && f.index < index + m[0].length)) found.push({ kind, index, text: m[0] });
      from = index + m[0].length;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function shiftEdges(edges: Set<number>, from: number, length: number): Set<number> {
  const out = new Set<number>([0, length]);
  for (const e of edges) if (e >= from && e <= from + length) out.add(e - from);
  return out;
}

/**
 * Reads each clause on its own: "拜访了华为，明天下午3点再沟通" reports a visit (the time is
 * the follow-up); "meeting with Acme tomorrow 3pm" only plans one. Within a clause a planning
 * verb before an activity word ("called to schedule a demo") plans that word only.
 */
export function inferActivityIntent(text: string): ActivityIntent {
  const mentions: ActivityMention[] = [];
  for (const clause of splitClauses(text)) {
    const tense = clauseTense(clause.text);
    let windowStart = 0;
    for (const m of mentionsIn(clause.text)) {
      const window = clause.text.slice(windowStart, m.index);
      // "约了周四上午10点电话": the planning verb can sit inside the matched phrase itself.
      const planned = plannedBefore(window) || plannedBefore(m.text) || tense === 'ahead';
      mentions.push({ kind: m.kind, index: clause.index + m.index, text: m.text, planned });
      windowStart = m.index + m.text.length;
    }
  }
  const reported = mentions.filter((m) => !m.planned);
  // An email or message still to send is a task (the follow-up), not an appointment.
  const appointments = mentions.filter((m) => m.kind === 'meeting' || m.kind === 'visit' || m.kind === 'call');
  const chosen = reported.length > 0 ? reported : appointments;
  const first = chosen[0];
  if (!first) return { activity: null, planned: false, mentions };
  // A visit is also a meeting; when a sentence says both, the more specific visit is the record.
  const visit = first.kind === 'meeting' && chosen.some((m) => m.kind === 'visit');
  return { activity: visit ? 'visit' : first.kind, planned: reported.length === 0, mentions };
}

/** The activity kind to log for a sentence, or null for a plain note. */
export function inferActivity(text: string): ActivityKind | null {
  return inferActivityIntent(text).activity;
}
