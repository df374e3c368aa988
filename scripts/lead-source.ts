import { parseArgs } from "node:util";
import { loadConfig } from "../app/config.js";
import { isPostgresUrl, resolveSqliteUrl } from "../app/database-url.js";
import { migrateDeploy } from "../app/migrate.js";
import { prepareSqliteFile } from "../app/private-files.js";
import { LeadSourceService } from "../domain/leads/lead-source.service.js";
import type { Actor } from "../domain/shared/actor.js";
import { openDatabase } from "../domain/shared/db.js";
import { InvalidInputError } from "../domain/shared/errors.js";

const USAGE = `npm run lead-source -- <name> [--team <team>] [--campaign <campaign>]
  Makes a lead source for POST /api/leads and prints its token once (only its SHA-256 is stored).
  --team       the team whose pool its leads land in (default: the shared pool)
  --campaign   the campaign its leads are counted under unless a submission names another`;

/**
 * Whoever runs this has the database itself, so it acts as an admin; the audit trail records the
 * source as made by "cli".
 */
const CLI_ADMIN: Actor = { userId: "cli", role: "admin", teamId: null, channel: "cli" };

/** `npm run lead-source`: a lead source token from the command line (chat has its own command for admins). */
async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { team: { type: "string" }, campaign: { type: "string" } } });
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  process.umask(0o077);
  const url = loadConfig().DATABASE_URL;
  const sqliteFile = isPostgresUrl(url) ? undefined : resolveSqliteUrl(url);
  if (sqliteFile) prepareSqliteFile(sqliteFile);
  await migrateDeploy(url);
  const db = await openDatabase(sqliteFile ?? url);
  try {
    const team = values.team ? await db.team.findUnique({ where: { name: values.team } }) : null;
    if (values.team && !team) throw new Error(`No team "${values.team}". Teams: ${(await db.team.findMany()).map((t) => t.name).join(", ") || "none"}`);
    const campaigns = values.campaign ? await db.campaign.findMany({ select: { id: true, name: true } }) : [];
    const campaign = campaigns.find((c) => c.name.toLowerCase() === values.campaign?.trim().toLowerCase());
    if (values.campaign && !campaign) throw new Error(`No campaign "${values.campaign}". Campaigns: ${campaigns.map((c) => c.name).join(", ") || "none"}`);
    const source = await new LeadSourceService(db).create(CLI_ADMIN, { name: positionals[0]!, teamId: team?.id ?? null, campaignId: campaign?.id ?? null });
    console.log(
      `Lead source "${source.name}" made${team ? ` (team ${team.name})` : ""}${campaign ? ` (campaign ${campaign.name})` : ""}. Its token, shown this once:`,
    );
    console.log(`\n  ${source.token}\n`);
    console.log(`  curl -X POST http://<host>/api/leads -H "Authorization: Bearer ${source.token}" -H "Content-Type: application/json" \\`);
    console.log(`       -d '{"name":"Wang Wei","phone":"13800138000","companyName":"Acme"}'`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof InvalidInputError && error.field === "source-exists") console.error(`A lead source named "${error.reason}" exists already.`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
