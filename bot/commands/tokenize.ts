/** Splits a command line on spaces (ASCII and full-width), keeping "quoted names" and “引号” together. */
export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|'([^']*)'|(\S+)/gu;
  for (const match of line.replace(/\u3000/g, " ").matchAll(pattern)) {
    const token = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    if (token.length > 0) tokens.push(token);
  }
  return tokens;
}

/** Quotes a name that contains spaces so it survives a second tokenize. */
export function quoteIfNeeded(text: string): string {
  return /\s/.test(text) ? `"${text}"` : text;
}
