import fs from "node:fs";
import { createRequire } from "node:module";
import nzh from "nzh/cn";
import type PDFKit from "pdfkit";
import { formatDate, formatMoney, type Locale } from "../../cards/format.js";
import type { QuoteView } from "../../domain/quotes/quote-view.js";

const require = createRequire(import.meta.url);

/**
 * Noto Sans SC (OFL, from the pinned npm package @expo-google-fonts/noto-sans-sc): a TrueType
 * font with the CJK glyphs. The machine has no CJK system fonts; pdfkit embeds a subset of this
 * one, so Chinese names and products render in any PDF reader.
 */
export const CJK_FONT_PATH = require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");
let fontData: Buffer | undefined;
const cjkFont = () => (fontData ??= fs.readFileSync(CJK_FONT_PATH));
const DAY_MS = 86_400_000;

/** What the seller puts on every quote (CRM_QUOTE_* variables): letterhead, tax, validity and terms. */
export interface QuoteDocumentSettings {
  sellerName?: string;
  sellerAddress?: string;
  sellerPhone?: string;
  /** VAT or sales tax added to the quoted prices, in percent (China's VAT on goods: 13). */
  taxPercent: number;
  validDays: number;
  paymentTerms?: string;
  deliveryTerms?: string;
}

export function quoteSettingsFromEnv(env: NodeJS.ProcessEnv): QuoteDocumentSettings {
  const text = (name: string) => env[name]?.trim() || undefined;
  const number = (name: string, fallback: number, max: number) => {
    const value = Number(env[name]);
    return env[name]?.trim() && Number.isFinite(value) && value >= 0 && value <= max ? value : fallback;
  };
  const settings: QuoteDocumentSettings = { taxPercent: number("CRM_QUOTE_TAX_PERCENT", 13, 100), validDays: number("CRM_QUOTE_VALID_DAYS", 30, 3650) };
  for (const [key, name] of [
    ["sellerName", "CRM_QUOTE_SELLER_NAME"],
    ["sellerAddress", "CRM_QUOTE_SELLER_ADDRESS"],
    ["sellerPhone", "CRM_QUOTE_SELLER_PHONE"],
    ["paymentTerms", "CRM_QUOTE_PAYMENT_TERMS"],
    ["deliveryTerms", "CRM_QUOTE_DELIVERY_TERMS"],
  ] as const) {
    const value = text(name);
    if (value) settings[key] = value;
  }
  return settings;
}

const W = {
  title: { zh: "报价单", en: "QUOTATION" },
  number: { zh: "报价单号", en: "Quote No." },
  to: { zh: "客户", en: "To" },
  attention: { zh: "联系人", en: "Attn." },
  date: { zh: "日期", en: "Date" },
  validUntil: { zh: "有效期至", en: "Valid until" },
  sales: { zh: "销售代表", en: "Sales representative" },
  columns: { zh: ["产品", "数量", "单价", "折扣", "金额"], en: ["Product", "Qty", "Unit price", "Discount", "Amount"] },
  subtotal: { zh: "原价合计", en: "Subtotal" },
  discount: { zh: "折扣", en: "Discount" },
  net: { zh: "不含税合计", en: "Total excl. tax" },
  tax: { zh: (p: string) => `税额（${p}%）`, en: (p: string) => `Tax (${p}%)` },
  gross: { zh: "含税总计", en: "Total incl. tax" },
  inWords: { zh: "大写金额", en: "" },
  payment: { zh: "付款方式", en: "Payment terms" },
  delivery: { zh: "交付方式", en: "Delivery terms" },
  validity: { zh: (d: number) => `本报价自报价日起 ${d} 天内有效。`, en: (d: number) => `This quotation is valid for ${d} days from its date.` },
  defaultPayment: { zh: "合同签订后支付 30%，交付验收后支付 70%。", en: "30% on signing the contract, 70% on delivery and acceptance." },
  defaultDelivery: { zh: "合同签订后 30 天内交付。", en: "Delivery within 30 days of signing the contract." },
  seal: { zh: "（盖章）", en: "Authorized signature" },
  seller: { zh: "报价方", en: "Seller" },
} as const;

const CURRENCY_ZH: Record<string, string> = { CNY: "人民币", USD: "美元", EUR: "欧元", HKD: "港币", GBP: "英镑", JPY: "日元" };

/**
 * The customer's language: Chinese for a customer with a Chinese name or in China, or quoted in
 * yuan; English otherwise. The document's currency is the quote's.
 */
export function customerLocale(company: { name: string; region?: string | null }, currency: string): Locale {
  if (/\p{Script=Han}/u.test(company.name)) return "zh";
  if (company.region && /中国|china|^cn$|大陆|内地/iu.test(company.region.trim())) return "zh";
  return currency === "CNY" ? "zh" : "en";
}

/** The quoted total as the customer pays it: net of tax, the tax (rounded to the cent), and with it. */
export function quoteTotals(netMinor: bigint, taxPercent: number): { net: bigint; tax: bigint; gross: bigint } {
  const tax = (netMinor * BigInt(Math.round(taxPercent * 100)) + 5_000n) / 10_000n;
  return { net: netMinor, tax, gross: netMinor + tax };
}

/** An amount in Chinese capital numerals (大写金额), as invoices and contracts write it: 人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分. */
export function amountInChineseCapitals(minor: bigint, currency: string): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  // Whole amounts end in 整 (nzh adds it only to a number without decimals).
  const text = abs % 100n === 0n ? String(abs / 100n) : `${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
  return `${negative ? "负" : ""}${CURRENCY_ZH[currency] ?? currency}${nzh.toMoney(text, { outSymbol: false })}`;
}

/**
 * The quote the customer receives, in the customer's language: letterhead, the lines, totals with
 * tax and (in Chinese) the amount in capitals, validity, payment and delivery terms, a seal area.
 * Internal detail stays out: no deal number, no approval trail. Resolves with the file bytes.
 */
export async function renderQuotePdf(
  quote: QuoteView,
  options: { timeZone: string; now: Date; compress?: boolean; settings?: QuoteDocumentSettings; contactName?: string },
): Promise<Buffer> {
  // pdfkit and its font tables take about 20 MB: loaded with the first quote, not at start.
  const { default: PDFDocument } = (await import("pdfkit")) as { default: typeof PDFKit };
  const settings = options.settings ?? quoteSettingsFromEnv({});
  const locale = customerLocale(quote.company, quote.currency);
  const number = quote.number;
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    compress: options.compress ?? true,
    info: { Title: `${W.title[locale]} ${number}`, Author: settings.sellerName ?? "" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("cjk", cjkFont());
  doc.font("cjk");
  const money = (minor: bigint) => formatMoney(minor, quote.currency, locale);
  const day = (at: Date) => formatDate(at, options.timeZone, locale);
  const colon = locale === "zh" ? "：" : ": ";

  if (settings.sellerName) {
    doc.fontSize(16).text(settings.sellerName);
    const contact = [settings.sellerAddress, settings.sellerPhone].filter(Boolean).join("  ·  ");
    if (contact) doc.fontSize(9).text(contact);
    doc.moveDown(0.5);
  }
  doc.fontSize(20).text(W.title[locale], { align: "center" });
  doc.moveDown(0.5).fontSize(10);
  const info: [string, string][] = [
    [W.number[locale], number],
    [W.to[locale], quote.company.name],
    ...(options.contactName ? ([[W.attention[locale], options.contactName]] as [string, string][]) : []),
    [W.date[locale], day(options.now)],
    [W.validUntil[locale], day(new Date(options.now.getTime() + settings.validDays * DAY_MS))],
    [W.sales[locale], quote.owner.name],
  ];
  for (const [label, value] of info) doc.text(`${label}${colon}${value}`);
  doc.moveDown();

  const columns = [50, 250, 300, 390, 450];
  const row = (cells: readonly string[]) => {
    const y = doc.y;
    cells.forEach((cell, i) => doc.text(cell, columns[i]!, y, { width: (columns[i + 1] ?? 545) - columns[i]! - 6, align: i === 0 ? "left" : "right" }));
    doc.x = 50;
    doc.moveDown(0.3);
  };
  row(W.columns[locale]);
  for (const line of quote.lines) {
    row([
      `${line.position}. ${line.product}`,
      String(line.quantity),
      money(line.unitPriceMinor),
      `${(line.discountBp / 100).toFixed(2)}%`,
      money(line.totalMinor),
    ]);
  }
  doc.moveDown();

  const { net, tax, gross } = quoteTotals(quote.totalMinor, settings.taxPercent);
  const right = (text: string) => doc.text(text, { align: "right" });
  right(`${W.subtotal[locale]}${colon}${money(quote.subtotalMinor)}`);
  if (quote.discountMinor > 0n) right(`${W.discount[locale]}${colon}-${money(quote.discountMinor)}`);
  right(`${W.net[locale]}${colon}${money(net)}`);
  right(`${W.tax[locale](String(settings.taxPercent))}${colon}${money(tax)}`);
  doc.fontSize(12);
  right(`${W.gross[locale]}${colon}${money(gross)}`);
  doc.fontSize(10);
  if (locale === "zh") right(`${W.inWords.zh}${colon}${amountInChineseCapitals(gross, quote.currency)}`);
  doc.moveDown();

  doc.text(`${W.payment[locale]}${colon}${settings.paymentTerms ?? W.defaultPayment[locale]}`);
  doc.text(`${W.delivery[locale]}${colon}${settings.deliveryTerms ?? W.defaultDelivery[locale]}`);
  doc.text(W.validity[locale](settings.validDays));
  doc.moveDown(2);

  // The seal (or signature) goes over the seller's name, bottom right.
  const sealTop = doc.y;
  doc.rect(380, sealTop, 165, 70).dash(3, { space: 3 }).stroke().undash();
  doc.text(`${W.seller[locale]}${colon}${settings.sellerName ?? ""}`, 388, sealTop + 8, { width: 150 });
  doc.text(W.seal[locale], 388, sealTop + 48, { width: 150, align: "right" });
  doc.end();
  return done;
}
