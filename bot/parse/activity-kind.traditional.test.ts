// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from 'vitest';
import { inferActivityIntent } from './infer-activity.js';
import type { ActivityKind } from './types.js';

/** Reps on Taiwan / Hong Kong keyboards type traditional characters; the activity is the same. */
const DONE: Array<[string, ActivityKind]> = [
  ['跟華為通過電話', 'call'], ['剛給騰訊打電話，沒人接', 'call'], ['和京東電聯了', 'call'],
  ['昨天拜訪了華為', 'visit'], ['上午去京東拜訪', 'visit'],
  ['和騰訊開了會議', 'meeting'], ['今天跟阿里開會', 'meeting'], ['和京東開了視頻會議', 'meeting'],
  ['給小米發了郵件', 'email'],
];

const PLANNED: Array<[string, ActivityKind]> = [
  ['下週二拜訪京東', 'visit'], ['明天跟華為開會', 'meeting'], ['週五再給騰訊打電話', 'call'],
];

describe('traditional-character activity words read like simplified', () => {
  it.each(DONE)('%s is a done %s', (text, kind) => {
    const intent = inferActivityIntent(text);
    expect(intent.activity).toBe(kind);
    expect(intent.planned).toBe(false);
  });
  it.each(PLANNED)('%s is a planned %s', (text, kind) => {
    const intent = inferActivityIntent(text);
    expect(intent.activity).toBe(kind);
    expect(intent.planned).toBe(true);
  });
  it.each(['華為的電話是13800138000', '騰訊會考慮一下'])('%s is no activity', (text) => {
    expect(inferActivityIntent(text).activity).toBeNull();
  });
});
