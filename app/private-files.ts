import fs from "node:fs";

/**
 * Files that hold personal data or keys (the SQLite database and its -wal/-shm, backups, the data
 * key) are readable by the bot's own user only, whatever the umask of whoever started it.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Creates the folder (and missing parents) 0700; an existing folder is left as its owner set it. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** Tightens an existing file that others could read or write to 0600; a missing file is fine. */
export function tightenFile(file: string): void {
  try {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** Creates the file empty with mode 0600 unless it exists, then makes sure it is 0600. */
export function ensurePrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, "a", PRIVATE_FILE_MODE));
  tightenFile(file);
}

/**
 * The SQLite database file exists 0600 before SQLite or Prisma opens it: SQLite gives the -wal and
 * -shm files it creates the database file's permissions. Older ones are tightened as well.
 */
export function prepareSqliteFile(file: string): void {
  if (file === ":memory:") return;
  ensurePrivateFile(file);
  for (const suffix of ["-wal", "-shm", "-journal"]) tightenFile(`${file}${suffix}`);
}
