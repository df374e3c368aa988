import { describe, expect, it } from "vitest";
import { loadSlackConfig } from "./slack.config.js";

describe("loadSlackConfig", () => {
  it("is off unless both the bot token and the signing secret are set", () => {
    expect(loadSlackConfig({})).toBeNull();
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toBeNull();
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "" })).toBeNull();
  });

  it("reads the API base (with a trailing slash) and Socket Mode's app token", () => {
    expect(
      loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "http://127.0.0.1:9/api", SLACK_APP_TOKEN: "xapp-1" }),
    ).toEqual({
      botToken: "xoxb-1",
      signingSecret: "s",
      apiUrl: "http://127.0.0.1:9/api/",
      appToken: "xapp-1",
    });
  });

  it("refuses malformed values with a clear message", () => {
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: "x", SLACK_SIGNING_SECRET: "s", SLACK_APP_TOKEN: "xoxb-wrong" })).toThrow(/SLACK_APP_TOKEN/);
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: "x", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "not a url" })).toThrow(/SLACK_API_URL/);
  });
});
