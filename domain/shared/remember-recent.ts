/**
 * `compute` with its answers for the last `kept` keys remembered (`keyOf` names what an answer depends
 * on): for pure functions that one message, or one import, asks the same thing many times. The memory is
 * forgotten all at once when full, so it never grows past `kept` and needs no bookkeeping per read.
 */
export function rememberRecent<A extends unknown[], V>(kept: number, keyOf: (...args: A) => string, compute: (...args: A) => V): (...args: A) => V {
  const answers = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute(...args);
    if (answers.size >= kept) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}

/** The key of a function of one text: the text itself. */
export const byText = (text: string): string => text;
