import { describe, expect, it } from "vitest";
import { readEnvelope } from "./wecom-envelope.js";
import { WecomXmlError } from "./wecom-xml.js";

const ENC = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo+/=";

describe("WeCom envelope scan (before the signature check)", () => {
  it.each([
    [`<xml><ToUserName><![CDATA[wwcorp]]></ToUserName><Encrypt><![CDATA[${ENC}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`],
    [`<?xml version="1.0" encoding="UTF-8"?>\n<xml>\n  <ToUserName>wwcorp</ToUserName>\n  <Encrypt>${ENC}</Encrypt>\n  <AgentID>1000002</AgentID>\n</xml>\n`],
    [`<xml><Encrypt><![CDATA[${ENC}]]></Encrypt></xml>`],
  ])("reads Encrypt from %s", (xml) => {
    expect(readEnvelope(xml).encrypt).toBe(ENC);
  });

  it.each([
    ["an unknown element", `<xml><Encrypt>${ENC}</Encrypt><constructor>x</constructor></xml>`],
    ["__proto__", `<xml><__proto__><Encrypt>${ENC}</Encrypt></__proto__></xml>`],
    ["nesting", `<xml><Encrypt><a>${ENC}</a></Encrypt></xml>`],
    ["deep nesting", `<xml>${"<a>".repeat(5000)}${"</a>".repeat(5000)}<Encrypt>${ENC}</Encrypt></xml>`],
    ["attributes", `<xml><Encrypt x="1">${ENC}</Encrypt></xml>`],
    ["entities", `<xml><Encrypt>&a;</Encrypt></xml>`],
    ["a DTD", `<!DOCTYPE x [<!ENTITY a "b">]><xml><Encrypt>${ENC}</Encrypt></xml>`],
    ["a repeated Encrypt", `<xml><Encrypt>${ENC}</Encrypt><Encrypt>other</Encrypt></xml>`],
    ["no Encrypt", "<xml><ToUserName>wwcorp</ToUserName></xml>"],
    ["an empty Encrypt", "<xml><Encrypt></Encrypt></xml>"],
    ["an unclosed field", "<xml><Encrypt>unclosed</xml>"],
    ["mismatched tags", `<xml><Encrypt>${ENC}</AgentID></xml>`],
    ["text after the root", `<xml><Encrypt>${ENC}</Encrypt></xml><xml/>`],
    ["another root", `<root><Encrypt>${ENC}</Encrypt></root>`],
    ["nothing", ""],
    ["JSON", `{"encrypt":"${ENC}"}`],
  ])("refuses %s", (_name, xml) => {
    expect(() => readEnvelope(xml)).toThrow(WecomXmlError);
  });

  it("stays linear on a megabyte of hostile input", () => {
    const started = performance.now();
    for (const body of ["<xml>" + "<a>".repeat(200_000), "<xml><Encrypt>" + "A".repeat(1_000_000), "<xml>" + " ".repeat(1_000_000) + "<Encrypt>"]) {
      expect(() => readEnvelope(body)).toThrow(WecomXmlError);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
