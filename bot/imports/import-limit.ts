/** The largest spreadsheet taken in, from CRM_IMPORT_MAX_MB (default 20): read where a file arrives and where it is read. */
export function importMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.CRM_IMPORT_MAX_MB ?? 20) * 1_048_576;
}
