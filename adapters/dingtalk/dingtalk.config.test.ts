import { describe, expect, it } from "vitest";
import { loadDingTalkConfig } from "./dingtalk.config.js";

describe("loadDingTalkConfig", () => {
  it("is off without app key and secret (blank values count as unset)", () => {
    expect(loadDingTalkConfig({})).toBeUndefined();
    expect(loadDingTalkConfig({ DINGTALK_APP_KEY: "k", DINGTALK_APP_SECRET: "" })).toBeUndefined();
  });

  it("defaults to HTTP mode, robot code = app key, the public API host", () => {
    expect(loadDingTalkConfig({ DINGTALK_APP_KEY: "k", DINGTALK_APP_SECRET: "s", DINGTALK_CORP_ID: "dingcorp" })).toEqual({
      appKey: "k",
      appSecret: "s",
      mode: "http",
      robotCode: "k",
      corpId: "dingcorp",
      apiBase: "https://api.dingtalk.com",
      oapiBase: "https://oapi.dingtalk.com",
      fileHosts: ["https://down.dingtalk.com"],
    });
  });

  it("reads stream mode, a robot code, a test API base and the custom robot", () => {
    const c = loadDingTalkConfig({
      DINGTALK_APP_KEY: "k",
      DINGTALK_APP_SECRET: "s",
      DINGTALK_MODE: "stream",
      DINGTALK_ROBOT_CODE: "r",
      DINGTALK_API_BASE: "http://127.0.0.1:9999/",
      DINGTALK_ROBOT_WEBHOOK: "https://oapi.dingtalk.com/robot/send?access_token=t",
      DINGTALK_ROBOT_SECRET: "SECx",
      DINGTALK_FILE_HOSTS: "http://127.0.0.1:9998, https://files.example",
    });
    expect(c).toMatchObject({
      mode: "stream",
      robotCode: "r",
      apiBase: "http://127.0.0.1:9999",
      robotWebhook: { secret: "SECx" },
      fileHosts: ["http://127.0.0.1:9998", "https://files.example"],
    });
  });

  it("requires the corp id in HTTP mode only (Stream mode is authenticated by its connection)", () => {
    expect(() => loadDingTalkConfig({ DINGTALK_APP_KEY: "k", DINGTALK_APP_SECRET: "s" })).toThrow(/DINGTALK_CORP_ID/);
    expect(() => loadDingTalkConfig({ DINGTALK_APP_KEY: "k", DINGTALK_APP_SECRET: "s", DINGTALK_CORP_ID: " " })).toThrow(/DINGTALK_CORP_ID/);
    expect(loadDingTalkConfig({ DINGTALK_APP_KEY: "k", DINGTALK_APP_SECRET: "s", DINGTALK_MODE: "stream" })?.corpId).toBeUndefined();
  });

  it("stops on a bad value with the variable's name", () => {
    expect(() => loadDingTalkConfig({ DINGTALK_APP_KEY: "k", DINGTALK_APP_SECRET: "s", DINGTALK_MODE: "socket" })).toThrow(/DINGTALK_MODE/);
    expect(() => loadDingTalkConfig({ DINGTALK_APP_KEY: "k", DINGTALK_APP_SECRET: "s", DINGTALK_ROBOT_WEBHOOK: "nope" })).toThrow(/DINGTALK_ROBOT_WEBHOOK/);
    expect(() => loadDingTalkConfig({ DINGTALK_APP_KEY: "k", DINGTALK_APP_SECRET: "s", DINGTALK_FILE_HOSTS: "down.dingtalk.com" })).toThrow(
      /DINGTALK_FILE_HOSTS/,
    );
  });
});
