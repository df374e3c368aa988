/**
 * "no response from initech for 2 wks", "haven't heard from them for a month", "ghosted for 3 weeks": how long
 * the customer has been silent is time gone by, no date ahead (it set a follow-up two weeks out and hid the
 * "tmrw" that followed). "they're out for 2 weeks" still says when to come back (contract-term.ts).
 */
const FOR_LENGTH =
  /^for\s+(?:(?:over|about|almost|nearly|like)\s+)?(?:\d{1,3}|an?|one|two|three|four|five|six|a\s+couple\s+(?:of\s+)?|a\s+few|several)\s*(?:days?|weeks?|wks?|w|months?|mos?)\b/iu;

const SILENCE_BEFORE =
  /\b(?:no\s+(?:response|reply|replies|answer|word|news|contact|feedback|update)s?|(?:not|never)\s+heard|(?:haven'?t|hasn'?t|have\s+not|has\s+not|didn'?t|did\s+not)\s+(?:heard|replied|responded|answered|gotten\s+back|got\s+back|returned)|ghost\w*|silent|silence|quiet|(?:gone|went)\s+dark|unresponsive|mia|nothing\s+from|been\s+(?:chasing|waiting|trying)|waiting|waited|chasing)\b[^.!?;,]*$/iu;

export function isSilenceLength(text: string, c: { index: number; end: number }): boolean {
  if (!FOR_LENGTH.test(text.slice(c.index, c.end).trim())) return false;
  return SILENCE_BEFORE.test(text.slice(Math.max(0, c.index - 60), c.index));
}
