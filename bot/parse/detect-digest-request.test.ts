import { describe, expect, it } from "vitest";
import { isDigestRequest } from "./detect-digest-request.js";

describe("asking for the digest in words", () => {
  it.each([
    "今天的简报",
    "今日简报",
    "看看简报",
    "发一下今天的日报",
    "简报呢？",
    "团队简报",
    "today's digest",
    "todays digest",
    "show me the digest",
    "the daily digest please",
    "digest for today",
    "Send me today’s digest".replace("’", "'"),
  ])("%s", (text) => expect(isDigestRequest(text)).toBe(true));
  it.each(["给华为发了日报", "简报已经发给腾讯了", "sent Acme the weekly digest", "digest of the Globex call: they want a quote", "华为要一份简报"])(
    "not: %s",
    (text) => expect(isDigestRequest(text)).toBe(false),
  );
});
