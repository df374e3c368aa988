import type { z } from "zod";
import { InvalidInputError } from "./errors.js";

/** Parses user-supplied values, turning the first zod issue into a typed domain error. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join(".") || "input";
  throw new InvalidInputError(field, issue?.message ?? "invalid");
}
