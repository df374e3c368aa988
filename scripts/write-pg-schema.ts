import fs from "node:fs";
import { PG_SCHEMA, SQLITE_SCHEMA, readText, toPostgresSchema } from "./pg-schema.js";

fs.writeFileSync(PG_SCHEMA, toPostgresSchema(readText(SQLITE_SCHEMA)));
console.log(`wrote ${PG_SCHEMA}`);
