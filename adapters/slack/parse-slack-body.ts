/** Slack posts JSON (Events API) or a form: interactivity wraps its JSON in `payload`, slash commands are plain fields. */
export function parseSlackBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
    return parsed as Record<string, unknown>;
  }
  const form = Object.fromEntries(new URLSearchParams(raw));
  if (typeof form.payload === "string") {
    const parsed: unknown = JSON.parse(form.payload);
    if (typeof parsed !== "object" || parsed === null) throw new Error("not an object");
    return parsed as Record<string, unknown>;
  }
  return form;
}
