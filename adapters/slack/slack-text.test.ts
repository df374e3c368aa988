import { describe, expect, it } from "vitest";
import { fromSlackText, stripLeadingMentions } from "./slack-text.js";

describe("Slack text", () => {
  it("unescapes &, < and > and unwraps links, mentions and channels", () => {
    expect(fromSlackText("Acme &amp; Co &lt;3 &gt;")).toBe("Acme & Co <3 >");
    expect(fromSlackText("see <https://acme.com|Acme site> and <https://x.io>")).toBe("see Acme site and https://x.io");
    expect(fromSlackText("mail <mailto:wang@acme.com|wang@acme.com>")).toBe("mail wang@acme.com");
    expect(fromSlackText("ask <@U123|amy> in <#C1|sales> <!here>")).toBe("ask @U123 in #sales @here");
    expect(fromSlackText("user role <@U123|carol> manager")).toBe("user role @U123 manager");
  });

  it("drops the leading mention that addressed the bot", () => {
    expect(stripLeadingMentions("<@UBOT> log called Acme")).toBe("log called Acme");
    expect(stripLeadingMentions("<@UBOT>, <@U2> 漏斗")).toBe("漏斗");
    expect(stripLeadingMentions("called <@U2> at Acme")).toBe("called <@U2> at Acme");
  });
});
