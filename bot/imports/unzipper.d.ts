// unzipper (exceljs's own zip reader) ships no types; only the central-directory reader is used.
declare module "unzipper" {
  import type { Readable } from "node:stream";
  export interface ZipEntry {
    path: string;
    type: "File" | "Directory";
    stream(): Readable;
  }
  export const Open: {
    file(path: string): Promise<{ files: ZipEntry[] }>;
  };
}
