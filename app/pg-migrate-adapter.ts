import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type Result = { fields?: Field[] } | undefined;

function asText(result: Result | Result[]): Result | Result[] {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * Prisma 6.19's schema engine (migrate deploy) reads pg_catalog columns of type `name` and `"char"`,
 * which @prisma/adapter-pg refuses ("Column type 'name' could not be deserialized",
 * prisma/prisma#27403). Both are plain text, so this client reports them as text. Used only by
 * the migration CLI (prisma.config.ts); the app's own client is a plain PrismaPg.
 */
class CatalogTextClient extends pg.Client {
  // pg's query() has many overloads (promise and callback); this passes every form through.
  // @ts-expect-error -- an override with a rest signature is not assignable to the overload set
  override query(...args: unknown[]): unknown {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: Result) => (last as (e: unknown, r: unknown) => void)(error, error ? result : asText(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then((result: Result) => asText(result)) : out;
  }
}

export function pgMigrateAdapter(connectionString: string): PrismaPg {
  // allowExitOnIdle: the CLI process ends as soon as its work is done instead of after the pool's idle timeout.
  return new PrismaPg(new pg.Pool({ connectionString, Client: CatalogTextClient as unknown as typeof pg.Client, allowExitOnIdle: true }));
}
