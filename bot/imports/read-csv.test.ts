import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CSV_CHUNK_BYTES, readSheet, SheetError, streamSheet } from "./read-sheet.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "crm-read-csv-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A CSV whose bytes put `split` across the first chunk boundary: a padding row fills the file up to
 * `before` bytes short of CSV_CHUNK_BYTES, so the character's first `before` bytes end one read and
 * the rest start the next.
 */
function splitAtChunk(encoding: "utf-8" | "gbk", split: string, before: number, prefix: Buffer = Buffer.alloc(0)): { file: string; expected: string[] } {
  const enc = (text: string) => iconv.encode(text, encoding);
  const head = Buffer.concat([prefix, enc("客户名称,备注\r\n")]);
  const rowStart = enc("填充,");
  const pad = CSV_CHUNK_BYTES - before - head.length - rowStart.length - 2;
  const tail = enc(`${split}为技术,中文\r\n小米,北京\r\n`);
  const bytes = Buffer.concat([head, rowStart, Buffer.from("a".repeat(pad)), Buffer.from("\r\n"), tail]);
  // The fixture is what it says: the character's bytes straddle the boundary.
  expect(bytes.subarray(CSV_CHUNK_BYTES - before, CSV_CHUNK_BYTES - before + enc(split).length)).toEqual(enc(split));
  const file = path.join(dir, `${encoding}.csv`);
  writeFileSync(file, bytes);
  return { file, expected: [`${split}为技术`, "小米"] };
}

describe("CSV read as a stream", () => {
  it("joins a GBK character split between two reads", async () => {
    const { file, expected } = splitAtChunk("gbk", "华", 1);
    const sheet = await readSheet(file, "gbk.csv", 50_000_000);
    expect(sheet.headers).toEqual(["客户名称", "备注"]);
    expect(sheet.rows.slice(1).map((r) => r[0])).toEqual(expected);
    expect(sheet.rows[0]![1]).toHaveLength(CSV_CHUNK_BYTES - 1 - Buffer.byteLength(iconv.encode("客户名称,备注\r\n填充,", "gbk")) - 2);
  });

  it("joins a UTF-8 character split between two reads, after a byte-order mark", async () => {
    const { file, expected } = splitAtChunk("utf-8", "华", 2, Buffer.from([0xef, 0xbb, 0xbf]));
    const sheet = await readSheet(file, "utf8.csv", 50_000_000);
    expect(sheet.headers).toEqual(["客户名称", "备注"]);
    expect(sheet.rows.slice(1).map((r) => r[0])).toEqual(expected);
  });

  it("tells GBK when the first Chinese character comes after many ASCII rows", async () => {
    const ascii = Array.from({ length: 5000 }, (_, i) => `Customer ${i},note`).join("\r\n");
    writeFileSync(path.join(dir, "late.csv"), Buffer.concat([Buffer.from(`Company,Note\r\n${ascii}\r\n`), iconv.encode("海尔集团,青岛\r\n", "gbk")]));
    const sheet = await readSheet(path.join(dir, "late.csv"), "late.csv", 50_000_000);
    expect(sheet.rows).toHaveLength(5001);
    expect(sheet.rows.at(-1)).toEqual(["海尔集团", "青岛"]);
  });

  it("a malformed CSV is refused as broken when its rows are read", async () => {
    writeFileSync(path.join(dir, "bad.csv"), 'Company,Note\r\n"unclosed,quote\r\nAcme,x\r\n');
    const sheet = await streamSheet(path.join(dir, "bad.csv"), "bad.csv", 50_000_000);
    await expect(
      (async () => {
        for await (const _ of sheet.rows);
      })(),
    ).rejects.toThrow(SheetError);
  });
});
