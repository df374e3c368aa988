import pg from "pg";

/**
 * What a PostgreSQL schema is made of, as sorted lines: columns (type, null, default), indexes
 * and constraints. Column order is left out (ALTER TABLE appends columns).
 */
export async function pgSchemaFacts(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const skip = `NOT IN ('_prisma_migrations')`;
    const columns = await client.query<{ fact: string }>(
      `SELECT format('%s.%s %s nullable=%s default=%s', table_name, column_name, data_type, is_nullable, coalesce(column_default, '-')) AS fact
       FROM information_schema.columns WHERE table_schema = current_schema() AND table_name ${skip}`,
    );
    const indexes = await client.query<{ fact: string }>(
      `SELECT format('%s index %s', tablename, indexdef) AS fact FROM pg_indexes WHERE schemaname = current_schema() AND tablename ${skip}`,
    );
    const constraints = await client.query<{ fact: string }>(
      `SELECT format('%s constraint %s %s', conrelid::regclass::text, conname, pg_get_constraintdef(oid)) AS fact
       FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text ${skip}`,
    );
    return [...columns.rows, ...indexes.rows, ...constraints.rows].map((r) => r.fact).sort();
  } finally {
    await client.end();
  }
}

/** Rows per table (the data a migration seeds), `_prisma_migrations` left out. */
export async function pgRowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of rows) {
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`);
      counts[name] = Number(result.rows[0]?.n ?? 0);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** Runs a multi-statement script (simple query protocol). */
export async function pgExec(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
