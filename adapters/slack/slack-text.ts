/**
 * Slack's message text → what the user typed: links and mentions are written as <…> and
 * &, <, > are escaped (docs.slack.dev "formatting text"); the bot parses the plain form.
 */
export function fromSlackText(text: string): string {
  return (
    text
      // A user mention keeps its id, not its label: the label is a display name anyone can copy, and
      // `user role @U123 manager` must reach the person picked in Slack (see domain/users/user-lookup.ts).
      .replace(/<@([^|>]+)\|[^>]*>/g, (_m, id: string) => `@${id}`)
      .replace(/<([#!])([^|>]+)\|([^>]*)>/g, (_m, sigil: string, _id: string, label: string) => (sigil === "!" ? `@${label}` : `${sigil}${label}`))
      .replace(/<([@#])([^>]+)>/g, (_m, sigil: string, id: string) => `${sigil}${id}`)
      .replace(/<!([a-z]+)>/g, (_m, name: string) => `@${name}`)
      .replace(/<(?:mailto:)?([^|>]+)\|([^>]*)>/g, (_m, _url: string, label: string) => label)
      .replace(/<([^>]+)>/g, (_m, url: string) => url.replace(/^mailto:/, ""))
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
  );
}

/** "<@UBOT> log called Acme" → "log called Acme": the mention that addressed the bot is not part of the command. */
export function stripLeadingMentions(text: string): string {
  return text.replace(/^(\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:：，]*)+/i, "").trim();
}
