import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** Default place for generated files, next to the database in ./data (CRM_FILES_DIR overrides). */
export const DEFAULT_FILES_DIR = "data/files";

// Names we hand out and accept back: no separators, no "..", nothing a shell or URL must escape.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function isSafeFileName(name: string): boolean {
  return SAFE_NAME.test(name) && !name.includes("..");
}

/**
 * Generated documents (quote PDFs, exports) on local disk. Stored names carry a random part so a link
 * cannot be guessed from a quote number; the local channel serves them by name only.
 */
export class FileStore {
  readonly dir: string;

  constructor(dir: string = process.env.CRM_FILES_DIR ?? DEFAULT_FILES_DIR) {
    this.dir = path.resolve(dir);
  }

  async save(baseName: string, extension: string, data: Uint8Array): Promise<{ fileName: string; path: string }> {
    const file = await this.create(baseName, extension);
    await fs.writeFile(file.path, data);
    return file;
  }

  /** A new empty file in the store (owner-only), for a writer that streams into it (a large export). */
  async create(baseName: string, extension: string): Promise<{ fileName: string; path: string }> {
    const stem = baseName.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 80) || "file";
    const fileName = `${stem}-${randomBytes(6).toString("hex")}.${extension.replace(/[^a-z0-9]/gi, "")}`;
    // Quotes and exports name customers, prices and phone numbers: owner-only, like the database.
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const full = path.join(this.dir, fileName);
    await fs.writeFile(full, new Uint8Array(), { mode: 0o600, flag: "wx" });
    return { fileName, path: full };
  }

  /** The stored file's absolute path, or null for a name that is unsafe or not inside the store. */
  resolve(fileName: string): string | null {
    if (!isSafeFileName(fileName)) return null;
    const full = path.resolve(this.dir, fileName);
    return path.dirname(full) === this.dir ? full : null;
  }
}
