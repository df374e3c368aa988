// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from 'vitest';
import { inferActivityIntent } from './infer-activity.js';
import type { ActivityKind } from './types.js';

/** 打过去 is a call placed; 路演 and 谈判 are meetings (or visits when held at the customer's). */
const CASES: Array<[string, ActivityKind, boolean]> = [
  ['给华为打过去了，没人接', 'call', false], ['刚打过去问了腾讯', 'call', false], ['京东那边我打过去确认了', 'call', false],
  ['和京东路演了一次', 'meeting', false], ['跟小米谈判了一下午', 'meeting', false], ['和阿里的价格谈判很顺利', 'meeting', false],
  ['下周三跟腾讯路演', 'meeting', true], ['明天和华为谈判', 'meeting', true], ['和腾讯进行了一轮谈判', 'meeting', false],
];

/** A negotiation under way is a state (the stage says it), not a meeting held. */
const STATES = ['价格还在谈判中', '进入商务谈判阶段', '华为那边谈判中，下周再说'];

describe('打过去, 路演, 谈判', () => {
  it.each(CASES)('%s => %s (planned %s)', (text, kind, planned) => {
    const intent = inferActivityIntent(text);
    expect(intent.activity).toBe(kind);
    expect(intent.planned).toBe(planned);
  });
});

describe('谈判 as a state', () => {
  it.each(STATES)('%s is no meeting', (text) => {
    expect(inferActivityIntent(text).activity).not.toBe('meeting');
  });
});
