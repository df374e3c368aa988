import { PG_PLACEHOLDER_URL, SQLITE_PLACEHOLDER_URL, prismaCli } from "./prisma-cli.js";

// Both clients are always generated: generated/prisma (SQLite, the type every module uses) and
// generated/prisma-pg (PostgreSQL). prisma.config.ts picks the schema from the URL's scheme.
for (const url of [SQLITE_PLACEHOLDER_URL, PG_PLACEHOLDER_URL]) {
  process.stdout.write(await prismaCli(["generate"], url));
}
