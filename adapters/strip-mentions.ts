/** In a group a bot only hears messages that @ it; the leading @names are not part of the command. */
export function stripMentions(text: string): string {
  return text.replace(/^(\s*@[^\s@]+)+/u, "").trim();
}
