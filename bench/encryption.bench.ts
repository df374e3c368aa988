import { randomBytes } from "node:crypto";
import { createCrmApp } from "../app/create-app.js";
import { contactHashes } from "../domain/contacts/contact-lookup.js";
import { FieldCipher } from "../domain/shared/field-cipher.js";
import { SensitiveFields } from "../domain/shared/sensitive-fields.js";
import { NO_LIMITS_ENV } from "../test/no-limits-env.js";
import { type RunResult, timeEach } from "./stats.js";

/** A throw-away data key: the bench never reopens what it wrote. */
export function benchFields(): SensitiveFields {
  return new SensitiveFields(new FieldCipher(randomBytes(32)));
}

/**
 * What encryption at rest costs: `contact add` with phone and email (encrypted, hashed, checked for
 * duplicates) against the same command with a title in their place, on one database; and the
 * cipher work alone (three AES-GCM encryptions and two HMACs per contact), without I/O.
 */
export async function benchEncryption(databaseUrl: string, ops: number): Promise<{ baseline: RunResult; runs: RunResult[] }> {
  const app = await createCrmApp({ databaseUrl, migrate: false, fields: benchFields(), env: { ...process.env, ...NO_LIMITS_ENV } });
  const user = { platformUserId: "li", displayName: "Li" };
  const conversation = { id: "dm:li", kind: "direct" as const };
  const say = (text: string) => app.inbox.handle({ type: "message", channel: "local", user, conversation, text });
  try {
    await say("company add Acme Corp");
    // Warm both paths up first, then alternate them op by op: on a shared machine, load that
    // comes and goes would otherwise land on whichever run happened to be measured then.
    for (let i = 0; i < Math.min(ops, 20); i++) {
      await say(`contact add Acme Corp Warm${i} chief buyer`);
      await say(`contact add Acme Corp Hot${i} 137${String(i).padStart(8, "0")} w${i}@acme.com`);
    }
    const plain: number[] = [];
    const sealed: number[] = [];
    for (let i = 0; i < ops; i++) {
      // As many words as the encrypted one (the company lookup tries every prefix): a title instead.
      plain.push(await elapsedMs(() => say(`contact add Acme Corp Plain${i} chief buyer`)));
      sealed.push(await elapsedMs(() => say(`contact add Acme Corp Sealed${i} 139${String(i).padStart(8, "0")} s${i}@acme.com`)));
    }
    const baseline = asRun("contact add + title, no phone/email (baseline)", plain);
    const encrypted = asRun("contact add + phone + email (encrypted)", sealed);
    const added = await app.db.contact.count({ where: { name: { startsWith: "Sealed" }, phoneHash: { not: null } } });
    if (added !== ops) throw new Error(`expected ${ops} encrypted contacts, found ${added}`);
    const fields = benchFields();
    const cipherOnly = await timeEach("cipher + 2 hashes per contact (no I/O)", ops, (i) => {
      const contact = { phone: `139${String(i).padStart(8, "0")}`, email: `s${i}@acme.com`, wechatId: `wx_${i}` };
      fields.seal("Contact", contact);
      contactHashes(fields.cipher, contact);
    });
    return { baseline, runs: [encrypted, cipherOnly] };
  } finally {
    await app.close();
  }
}

async function elapsedMs(once: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await once();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function asRun(name: string, latenciesMs: number[]): RunResult {
  return { name, ops: latenciesMs.length, seconds: latenciesMs.reduce((a, b) => a + b, 0) / 1000, latenciesMs };
}
