import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrateAdapter } from "./pgx-tmp-adapter.js";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  async adapter() {
    return migrateAdapter(process.env.DATABASE_URL!);
  },
});
