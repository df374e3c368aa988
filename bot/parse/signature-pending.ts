/**
 * "she needs board sign-off", "contract still needs to be signed", "waiting on sign-off from procurement",
 * "sign-off pending from finance", "approval before they sign": a signature still needed, awaited or pending
 * is a signing ahead, not a signed deal. "they signed", "signed off on it", "CFO gave sign-off" stay done.
 */

/** A need or a wait up to three words before the signing word, in its clause; any tense ("needs to be signed"). */
const NEEDED_BEFORE =
  /\b(?:needs?|needed|needing|requires?|required|requiring|waiting|waits?|awaiting|awaits?|pending|subject\s+to|still\s+have\s+to|has\s+to|have\s+to)\s+(?:[\w'’()-]+\s+){0,3}$/iu;

/** "before they sign", "until the CFO signs", "then they sign": a present-tense signing after a step still ahead. */
const STEP_AHEAD_BEFORE = /\b(?:before|until|till|once|then|after)\s+(?:[\w'’()-]+\s+){0,3}$/iu;

/** "sign-off pending", "signature still outstanding": the wait said after the word. */
const PENDING_AFTER = /^(?:-?off)?\s+(?:(?:is|still|was)\s+)*(?:pending|outstanding|required|needed|awaited)\b/iu;

export function signaturePending(clauseBefore: string, match: string, after: string): boolean {
  if (!/^sign/iu.test(match)) return false;
  if (NEEDED_BEFORE.test(clauseBefore) || PENDING_AFTER.test(after)) return true;
  // "the meeting before they signed" dates a signing that happened
  return !/ed$/iu.test(match) && STEP_AHEAD_BEFORE.test(clauseBefore);
}
