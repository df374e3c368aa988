import { diffScript, PG_PLACEHOLDER_URL, SQLITE_PLACEHOLDER_URL, prismaCli } from "../scripts/prisma-cli.js";
const pg = await diffScript("prisma/postgres/schema.prisma", "prisma/postgres/schema.prisma", process.env.CRM_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
console.log("PG same:", JSON.stringify(pg));
const sl = await diffScript("prisma/schema.prisma", "prisma/schema.prisma", SQLITE_PLACEHOLDER_URL);
console.log("SL same:", JSON.stringify(sl));
const init = await diffScript(null, "prisma/postgres/schema.prisma", process.env.CRM_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
console.log(init.length, init.slice(0, 80));
console.log(await prismaCli(["migrate", "deploy"], "postgresql://postgres@127.0.0.1:5432/pgx1"));
