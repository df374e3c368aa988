import fs from "node:fs";
import { createRequire } from "node:module";
import type PDFKit from "pdfkit";
import { formatDate, formatMoney } from "../../cards/format.js";
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

const STATUS: Record<string, string> = {
  draft: "草稿 Draft",
  pending: "审批中 Pending",
  approved: "已批准 Approved",
  rejected: "已驳回 Rejected",
  waiting: "等待 Waiting",
  skipped: "跳过 Skipped",
  cancelled: "已取消 Cancelled",
};
const ROLE: Record<string, string> = { manager: "经理 Manager", director: "总监 Director" };

/** The quote as a one-page PDF with bilingual labels (Chinese first). Resolves with the file bytes. */
export async function renderQuotePdf(quote: QuoteView, options: { timeZone: string; now: Date; compress?: boolean }): Promise<Buffer> {
  // pdfkit and its font tables take about 20 MB: loaded with the first quote, not at start.
  const { default: PDFDocument } = (await import("pdfkit")) as { default: typeof PDFKit };
  const doc = new PDFDocument({ size: "A4", margin: 50, compress: options.compress ?? true, info: { Title: `Quote ${quote.number}`, Author: "Chat CRM" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("cjk", cjkFont());
  doc.font("cjk");
  const money = (minor: bigint) => formatMoney(minor, quote.currency, "zh");

  doc.fontSize(20).text(`报价单 Quotation ${quote.number}`);
  doc.moveDown(0.5).fontSize(10);
  doc.text(`客户 Customer: ${quote.company.name}`);
  if (quote.deal) doc.text(`商机 Deal: #${quote.deal.number} ${quote.deal.title}`);
  doc.text(`销售 Sales: ${quote.owner.name}`);
  doc.text(`日期 Date: ${formatDate(options.now, options.timeZone, "zh")}`);
  doc.text(`状态 Status: ${STATUS[quote.status] ?? quote.status}`);
  doc.moveDown();

  const columns = [50, 230, 280, 370, 430];
  const row = (cells: string[]) => {
    const y = doc.y;
    cells.forEach((cell, i) => doc.text(cell, columns[i]!, y, { width: (columns[i + 1] ?? 545) - columns[i]! - 6, align: i === 0 ? "left" : "right" }));
    doc.x = 50;
    doc.moveDown(0.3);
  };
  row(["产品 Product", "数量 Qty", "单价 Unit price", "折扣 Disc.", "小计 Total"]);
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
  doc.text(`原价合计 Subtotal: ${money(quote.subtotalMinor)}`, { align: "right" });
  doc.text(`折扣 Discount: -${money(quote.discountMinor)}`, { align: "right" });
  doc.fontSize(12).text(`总计 Total: ${money(quote.totalMinor)}`, { align: "right" });
  doc.fontSize(10).moveDown();

  if (quote.approvals.length > 0) {
    doc.text("审批 Approvals:");
    for (const a of quote.approvals) {
      const who = a.approverId ? (quote.names[a.approverId] ?? "") : "";
      const when = a.decidedAt ? ` · ${formatDate(a.decidedAt, options.timeZone, "zh")}` : "";
      doc.text(
        `  ${a.step}. ${ROLE[a.approverRole ?? ""] ?? a.approverRole ?? ""} ${who} — ${STATUS[a.status] ?? a.status}${when}${a.comment ? ` · ${a.comment}` : ""}`,
      );
    }
  } else {
    doc.text("审批 Approvals: 折扣在自动批准范围内 Within the auto-approval limit");
  }
  doc.end();
  return done;
}
