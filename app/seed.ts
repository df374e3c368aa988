import { loadConfig } from "./config.js";
import { createCrmApp } from "./create-app.js";
import { redactUrl } from "./database-url.js";
import { seedDemoIfEmpty } from "./demo-data.js";

/** `npm run seed`: the demo dataset into the configured database (only when it has no companies yet). */
const config = loadConfig();
const app = await createCrmApp({ databaseUrl: config.DATABASE_URL });
const seeded = await seedDemoIfEmpty(app.db, app.domain);
console.log(seeded ? `Demo data loaded into ${redactUrl(config.DATABASE_URL)}.` : "Database already has companies; nothing loaded.");
await app.close();
