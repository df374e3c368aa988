import { randomBytes } from "node:crypto";

let counter = randomBytes(2).readUInt16BE(0);
const fingerprint = (process.pid % 1_679_616).toString(36).padStart(4, "0");

/**
 * A new row id shaped like the cuids Prisma generates (25 characters, 'c', then time, counter,
 * process and randomness in base 36), for rows written by the hot statements: ids keep sorting
 * roughly by creation time alongside Prisma's, and pass the id checks of buttons and commands.
 */
export function newRecordId(): string {
  counter = (counter + 1) % 1_679_616;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const random = randomSix().toString(36).padStart(8, "0").slice(-8);
  return `c${time}${counter.toString(36).padStart(4, "0")}${fingerprint}${random}`;
}

/**
 * Six random bytes from a pool refilled 4 KiB at a time: a call to the system's random source
 * costs microseconds, which an import making eight ids a row paid 800,000 times.
 */
let pool = Buffer.alloc(0);
let offset = 0;
function randomSix(): number {
  if (offset + 6 > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  const value = pool.readUIntBE(offset, 6);
  offset += 6;
  return value;
}
