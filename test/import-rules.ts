import fs from "node:fs";
import path from "node:path";

/**
 * Each layer and the layers its production files must not import (docs/architecture.md). Test
 * files are exempt: an adapter's or the bot's end-to-end test starts the whole app from app/.
 */
export const LAYER_RULES: Readonly<Record<string, readonly string[]>> = {
  domain: ["bot", "cards", "adapters", "app"],
  bot: ["adapters", "app"],
  cards: ["adapters", "app"],
  adapters: ["app"],
};

/** A source file by its repository path (forward slashes) and its text. */
export interface SourceFile {
  path: string;
  source: string;
}

export interface ImportViolation {
  file: string;
  specifier: string;
  /** The layer the specifier reaches into. */
  reaches: string;
}

// `from "x"` (import, import type, export … from), `import "x"` and `import("x")`.
const SPECIFIER = /\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

export function isTestFile(file: string): boolean {
  return /\.test\.m?ts$/.test(file) || file.split("/").includes("__fixtures__");
}

/** The relative import specifiers of a source text (packages are not layers). */
export function relativeSpecifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1] ?? "").filter((specifier) => specifier.startsWith("."));
}

export function importViolations(files: readonly SourceFile[], rules: Readonly<Record<string, readonly string[]>> = LAYER_RULES): ImportViolation[] {
  const violations: ImportViolation[] = [];
  for (const file of files) {
    const forbidden = rules[file.path.split("/")[0] ?? ""];
    if (!forbidden || isTestFile(file.path)) continue;
    for (const specifier of relativeSpecifiers(file.source)) {
      const reaches = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier)).split("/")[0] ?? "";
      if (forbidden.includes(reaches)) violations.push({ file: file.path, specifier, reaches });
    }
  }
  return violations;
}

/** Every .ts / .mts file under the given top-level folders of `root`. */
export function readSourceFiles(root: string, folders: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  for (const folder of folders) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      if (!/\.m?ts$/.test(entry) || entry.split(path.sep).includes("node_modules")) continue;
      const full = path.join(dir, entry);
      files.push({ path: path.relative(root, full).split(path.sep).join("/"), source: fs.readFileSync(full, "utf8") });
    }
  }
  return files;
}

/** Layers that reach the database only through domain/ (app/ is the composition root and opens it). */
export const DATABASE_FREE_LAYERS: readonly string[] = ["bot", "cards", "adapters"];

// Prisma's packages, our generated clients, and the domain's database handle types.
const DATABASE_SPECIFIER = /^@prisma\/|(^|\/)generated\/prisma(-pg)?(\/|$)|(^|\/)domain\/shared\/db\.js$/;

/** Production files of bot/, cards/ and adapters/ that import Prisma or the database handle. */
export function databaseImportViolations(files: readonly SourceFile[], layers: readonly string[] = DATABASE_FREE_LAYERS): ImportViolation[] {
  const violations: ImportViolation[] = [];
  for (const file of files) {
    if (!layers.includes(file.path.split("/")[0] ?? "") || isTestFile(file.path)) continue;
    for (const match of file.source.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? "";
      const resolved = specifier.startsWith(".") ? path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier)) : specifier;
      if (DATABASE_SPECIFIER.test(resolved)) violations.push({ file: file.path, specifier, reaches: "database" });
    }
  }
  return violations;
}
