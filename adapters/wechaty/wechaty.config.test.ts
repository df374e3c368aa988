import { describe, expect, it } from "vitest";
import { readWechatyConfig } from "./wechaty.config.js";

describe("readWechatyConfig", () => {
  it("is off without WECHATY_PUPPET", () => {
    expect(readWechatyConfig({})).toBeNull();
    expect(readWechatyConfig({ WECHATY_PUPPET: "", WECHATY_TOKEN: "t" })).toBeNull();
  });

  it("reads the puppet, the token (either name) and the optional settings", () => {
    expect(readWechatyConfig({ WECHATY_PUPPET: "wechaty-puppet-service", WECHATY_PUPPET_SERVICE_TOKEN: " puppet_padlocal_x " })).toEqual({
      puppet: "wechaty-puppet-service",
      token: "puppet_padlocal_x",
    });
    expect(
      readWechatyConfig({
        WECHATY_PUPPET: "wechaty-puppet-service",
        WECHATY_TOKEN: "old-name",
        WECHATY_PUPPET_SERVICE_ENDPOINT: "127.0.0.1:8788",
        WECHATY_NAME: "crm-bot",
      }),
    ).toEqual({ puppet: "wechaty-puppet-service", token: "old-name", endpoint: "127.0.0.1:8788", name: "crm-bot" });
  });

  it("refuses a puppet that is not a package name", () => {
    expect(() => readWechatyConfig({ WECHATY_PUPPET: "../../evil.js" })).toThrow(/WECHATY_PUPPET/);
  });
});
