import type { ActivityKind } from './types.js';

type LoggedKind = Exclude<ActivityKind, 'note'>;

const PATTERNS: ReadonlyArray<readonly [LoggedKind, RegExp]> = [
  [
    'call',
    /\b(?:called|calls?|calling|phoned|phone\s+call|rang|dialed|dialled|rung|on\s+the\s+phone|cold[- ]called)\b|打了?(?:个|一个|一通|通)?电话|通了?(?:个|一个)?电话|电话(?:沟通|联系|聊|交流|回访|跟进|了|里)|致电|来电|回电|电联|语音通话|视频通话/iu,
  ],
  [
    'email',
    /\b(?:e-?mailed|e-?mails?|e-?mailing|mailed|wrote\s+to|sent\s+(?:an?\s+|the\s+)?(?:e-?mail|mail))\b|邮件|电邮|发了?(?:封)?邮|email/iu,
  ],
  [
    'visit',
    /\b(?:visited|visit|visiting|on-?site|site\s+visit|dropped\s+by|stopped\s+by|went\s+to\s+(?:their|the)\s+(?:office|plant|factory|hq))\b|拜访|上门|到访|走访|登门|拜会|实地|现场考察|去了?(?:他们|客户|对方)(?:公司|那边|办公室|工厂)/iu,
  ],
  [
    'meeting',
    /\b(?:met|meet|meeting|meetings|sat\s+down\s+with|lunch|dinner|coffee|demo(?:ed|'d)?|zoom|workshop)\b|开了?(?:个|一个)?会|会议|见面|见了面|见了|面谈|碰了?(?:个|一下)?面|碰头|约见|会面|吃了?(?:个|顿)?饭|饭局|喝了?(?:个)?茶|面聊|线下聊/iu,
  ],
];

/**
 * The first activity verb in the sentence is usually what the rep did
 * ("called Acme to set up a meeting" is a call). A visit also implies a
 * meeting, so when both appear the more specific visit wins.
 */
export function inferActivity(text: string): ActivityKind | null {
  let best: { kind: LoggedKind; index: number } | null = null;
  let sawVisit = false;
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    if (kind === 'visit') sawVisit = true;
    if (!best || m.index < best.index) best = { kind, index: m.index };
  }
  if (best?.kind === 'meeting' && sawVisit) return 'visit';
  return best?.kind ?? null;
}
