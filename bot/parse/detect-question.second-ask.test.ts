// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";

/**
 * Probe: "crm says i have a contoso fu today, whats it about" and "any f/u for contoso today? what's it about"
 * were logged as notes: the asking words open the last clause, or a second question follows the mark.
 */
describe("a question asked in the last clause, or after the mark", () => {
  it.each([
    "crm says i have a contoso fu today, whats it about",
    "any f/u for contoso today? what's it about",
    "globex renewal is next month, what's the amount",
    "acme deal? how much is it",
    "initech meeting tomorrow? who's going",
  ])("%s", (text) => {
    expect(detectQuestion(text)).not.toBeNull();
  });
});

describe("near misses: what follows is an answer or a report", () => {
  it.each([
    "how did the acme call go? great, they want a quote",
    "called contoso, whats next is a demo on friday",
    "called acme, what a great call",
    "met globex, what they want is a discount",
  ])("%s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});
