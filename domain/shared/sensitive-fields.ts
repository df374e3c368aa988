import { randomBytes } from "node:crypto";
import { DATA_KEY_BYTES, FieldCipher } from "./field-cipher.js";

export type SensitiveModel = "Contact" | "Company" | "Lead";

/** Always encrypted: what identifies and reaches a person. */
export const ALWAYS_SENSITIVE = ["Contact.phone", "Contact.email", "Contact.wechatId", "Lead.phone", "Lead.email", "Lead.wechatId"] as const;

/**
 * Columns an admin may add (CRM_SENSITIVE_FIELDS). Only free-form optional strings that no query
 * filters, sorts or groups by: an encrypted column can be shown, never searched.
 */
export const OPTIONAL_SENSITIVE = ["Contact.title", "Company.industry", "Company.region"] as const;
export type OptionalSensitiveField = (typeof OPTIONAL_SENSITIVE)[number];

/**
 * Which columns are stored encrypted, and the cipher for them. Services seal what they write and
 * open what they read, so everything above the domain sees plaintext.
 */
export class SensitiveFields {
  private readonly byModel: Record<SensitiveModel, string[]>;

  constructor(
    readonly cipher: FieldCipher,
    extra: readonly OptionalSensitiveField[] = [],
  ) {
    this.byModel = { Contact: [], Company: [], Lead: [] };
    for (const name of new Set<string>([...ALWAYS_SENSITIVE, ...extra])) {
      const [model, column] = name.split(".") as [SensitiveModel, string];
      this.byModel[model].push(column);
    }
  }

  /** The encrypted columns of a model. */
  columns(model: SensitiveModel): readonly string[] {
    return this.byModel[model];
  }

  /** A copy of `data` with the model's sensitive string values encrypted (already encrypted ones are kept). */
  seal<T extends object>(model: SensitiveModel, data: T): T {
    const out = { ...data } as Record<string, unknown>;
    for (const column of this.byModel[model]) {
      const value = out[column];
      if (typeof value === "string" && !this.cipher.isEncrypted(value)) out[column] = this.cipher.encrypt(value, `${model}.${column}`);
    }
    return out as T;
  }

  /**
   * A copy of a row with encrypted values decrypted. Any encrypted column is opened, listed or not:
   * a field an admin no longer marks sensitive keeps its stored ciphertext until rewritten.
   */
  open<T extends object>(model: SensitiveModel, row: T): T {
    const out = { ...row } as Record<string, unknown>;
    for (const column of [...this.byModel[model], ...OPTIONAL_SENSITIVE.filter((f) => f.startsWith(`${model}.`)).map((f) => f.slice(model.length + 1))]) {
      const value = out[column];
      if (typeof value === "string" && this.cipher.isEncrypted(value)) out[column] = this.cipher.decrypt(value, `${model}.${column}`);
    }
    return out as T;
  }
}

let ephemeral: FieldCipher | undefined;

/**
 * A key that lives as long as this process: for tests and throw-away tools that never reopen what
 * they wrote. The app always passes the configured data key (app/data-keys.ts).
 */
export function ephemeralSensitiveFields(): SensitiveFields {
  ephemeral ??= new FieldCipher(randomBytes(DATA_KEY_BYTES));
  return new SensitiveFields(ephemeral);
}
