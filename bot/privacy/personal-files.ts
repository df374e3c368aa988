import fs from "node:fs";
import path from "node:path";
import type { PersonMatcher } from "../../domain/privacy/person-matcher.js";

const CHUNK = 4 * 1024 * 1024;
// Longer than any name, phone or email the matcher looks for, so a match across chunks is seen.
const OVERLAP = 1024;

/** The files (recursively) under the directories whose bytes name the person; binary files are read as UTF-8 text. */
export async function filesMentioning(dirs: string[], matcher: PersonMatcher): Promise<string[]> {
  const found: string[] = [];
  for (const dir of dirs) {
    for (const file of listFiles(dir)) if (await fileMentions(file, matcher)) found.push(file);
  }
  return found;
}

/** Removes the earlier exports of one contact (contact-<id>-<time>.json); returns how many. */
export function deleteExportsOf(contactId: string, exportDir: string): number {
  const prefix = `contact-${contactId.replace(/[^\w-]/g, "")}-`;
  let deleted = 0;
  for (const file of listFiles(exportDir)) {
    if (path.basename(file).startsWith(prefix) && file.endsWith(".json")) {
      fs.rmSync(file, { force: true });
      deleted += 1;
    }
  }
  return deleted;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Reads the file in chunks (backups can be large), each overlapping the previous one. */
async function fileMentions(file: string, matcher: PersonMatcher): Promise<boolean> {
  const handle = await fs.promises.open(file, "r");
  try {
    const buffer = Buffer.alloc(CHUNK + OVERLAP);
    let carried = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, carried, CHUNK, null);
      if (bytesRead === 0) return false;
      const end = carried + bytesRead;
      if (matcher.matches(buffer.toString("utf8", 0, end))) return true;
      carried = Math.min(OVERLAP, end);
      buffer.copy(buffer, 0, end - carried, end);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Quote PDFs of the given quotes (stored as quote-<number>-<random>.pdf by the quote announcer).
 * Their text is compressed and glyph-encoded, so they cannot be searched or redacted byte-wise:
 * they are found through the quotes whose lines name the person.
 */
export function quoteDocuments(filesDir: string, quoteNumbers: string[]): string[] {
  const stems = quoteNumbers.map((n) => `quote-${n.replace(/[^A-Za-z0-9_-]+/g, "-")}-`);
  return listFiles(filesDir).filter((f) => stems.some((stem) => path.basename(f).startsWith(stem)));
}
