import zlib from "node:zlib";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import type { QuoteView } from "../../domain/quotes/quote-view.js";
import { amountInChineseCapitals, CJK_FONT_PATH, customerLocale, quoteTotals, renderQuotePdf } from "./quote-pdf.js";

const NOW = new Date("2026-11-25T02:00:00Z");

const quote = {
  id: "q1",
  number: "Q0007",
  status: "approved",
  currency: "CNY",
  subtotalMinor: 1_000_000n,
  discountMinor: 150_000n,
  totalMinor: 850_000n,
  maxDiscountBp: 1500,
  ownerId: "u1",
  owner: { id: "u1", name: "李雷", timezone: "Asia/Shanghai" },
  company: { name: "华为技术有限公司" },
  deal: { number: 3, title: "华为 云服务" },
  lines: [{ position: 1, product: "报价系统 企业版", quantity: 2, unitPriceMinor: 500_000n, discountBp: 1500, totalMinor: 850_000n }],
  approvals: [{ step: 1, approverRole: "manager", approverId: "u2", status: "approved", decidedAt: NOW, comment: "同意" }],
  names: { u1: "李雷", u2: "张经理" },
  currentApproval: null,
} as unknown as QuoteView;

/** Every stream of the PDF, inflated when it is Flate-compressed. */
function streams(pdf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf("stream", at);
    if (start < 0) return out;
    const bodyStart = start + (pdf[start + 6] === 0x0d ? 8 : 7);
    const end = pdf.indexOf("endstream", bodyStart);
    if (end < 0) return out;
    const body = pdf.subarray(bodyStart, end);
    try {
      out.push(zlib.inflateSync(body));
    } catch {
      out.push(body);
    }
    at = end + 9;
  }
}

/** Glyph id (CID) → text from the ToUnicode CMap pdfkit writes ("<0000> <00ff> [<0041> <62a5> …]"). */
function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
    const first = Number.parseInt(range[1]!, 16);
    [...range[2]!.matchAll(/<([0-9a-f ]+)>/gi)].forEach((entry, i) => {
      const units = entry[1]!
        .trim()
        .split(/\s+/)
        .map((h) => Number.parseInt(h, 16));
      map.set(first + i, String.fromCharCode(...units));
    });
  }
  return map;
}

describe("quote PDF", () => {
  it("embeds a CJK font whose glyphs for 报价 are real outlines, and the text maps back to 报价", async () => {
    const pdf = await renderQuotePdf(quote, { timeZone: "Asia/Shanghai", now: NOW });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(raw).toContain("/FontFile2");

    const all = streams(pdf);
    const cmap = all.map((s) => s.toString("latin1")).find((s) => s.includes("beginbfrange"));
    expect(cmap).toBeDefined();
    const byGlyph = toUnicodeMap(cmap!);
    const glyphOf = (char: string) => [...byGlyph.entries()].find(([, text]) => text === char)?.[0];
    const extracted = [...byGlyph.values()].join("");
    for (const char of "报价单华为技术含税总计大写玖仟陆佰零伍元盖章") expect(extracted).toContain(char);
    // The approval trail (张经理 said 同意) stays internal.
    for (const char of "张意") expect(extracted).not.toContain(char);

    const original = fontkit.openSync(CJK_FONT_PATH);
    // A TrueType font program starts with version 0x00010000 or the tag "true" (fontkit's subsets).
    const embedded = all.find((s) => s.length > 12 && (s.readUInt32BE(0) === 0x00010000 || s.subarray(0, 4).toString("latin1") === "true"));
    expect(embedded).toBeDefined();
    const subset = fontkit.create(embedded!);
    for (const char of "报价") {
      const source = original.glyphForCodePoint(char.codePointAt(0)!);
      expect(source.id).not.toBe(0); // the font has the character (.notdef is glyph 0)
      const cid = glyphOf(char);
      expect(cid).toBeDefined();
      expect(cid).not.toBe(0);
      const inPdf = subset.getGlyph(cid!);
      expect(inPdf.path.commands.length).toBeGreaterThan(0);
      expect(inPdf.path.commands.length).toBe(source.path.commands.length);
    }
  });

  it("an English customer gets an English quote in its currency: no Chinese headings, no deal number", async () => {
    const english = {
      ...quote,
      currency: "USD",
      company: { name: "Acme Corp", region: "US" },
      lines: [{ ...quote.lines[0]!, product: "CRM Enterprise" }],
      owner: { ...quote.owner, name: "Amy Chen" },
    } as unknown as QuoteView;
    const pdf = await renderQuotePdf(english, {
      timeZone: "America/Los_Angeles",
      now: NOW,
      contactName: "Wile E. Coyote",
      settings: { taxPercent: 8.25, validDays: 14, sellerName: "Chat CRM Inc." },
    });
    const cmap = streams(pdf)
      .map((s) => s.toString("latin1"))
      .find((s) => s.includes("beginbfrange"))!;
    const extracted = [...toUnicodeMap(cmap).values()].join("");
    expect(extracted).not.toMatch(/\p{Script=Han}/u);
    for (const char of "QUOTATIONAttnWileTax") expect(extracted).toContain(char);
    expect(extracted).not.toContain("#");
  });

  it("totals with tax, the amount in capitals, and the customer's language", () => {
    expect(quoteTotals(850_000n, 13)).toEqual({ net: 850_000n, tax: 110_500n, gross: 960_500n });
    expect(quoteTotals(1_000n, 8.25)).toEqual({ net: 1_000n, tax: 83n, gross: 1_083n });
    expect(amountInChineseCapitals(12_345_678n, "CNY")).toBe("人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分");
    expect(amountInChineseCapitals(10_000n, "USD")).toBe("美元壹佰元整");
    expect(customerLocale({ name: "华为技术有限公司" }, "USD")).toBe("zh");
    expect(customerLocale({ name: "Acme Corp", region: "中国" }, "USD")).toBe("zh");
    expect(customerLocale({ name: "Acme Corp", region: "US" }, "USD")).toBe("en");
    expect(customerLocale({ name: "Acme Corp" }, "CNY")).toBe("zh");
  });
});
