import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";

// "Fabrikam history" asks for the customer's records (it was logged as a note and reset last-activity);
// a sentence that reports doing something with notes or details is not a question.
describe("a customer's name and a record noun ask for it", () => {
  it.each([
    ["Fabrikam history", "Fabrikam"],
    ["Globex timeline", "Globex"],
    ["Acme Corp activities", "Acme Corp"],
    ["Initech notes", "Initech"],
    ["Northwind Traders owner?", "Northwind Traders"],
    ["Contoso summary", "Contoso"],
    ["Globex latest", "Globex"],
  ])("%s", (text, subject) => {
    expect(detectQuestion(text)).toMatchObject({ kind: "about", subject });
  });

  it.each(["sent Initech notes", "Initech wants pricing details", "emailed Globex the summary", "took notes at Globex", "shared the Acme Corp overview"])(
    "a report: %s",
    (text) => {
      expect(detectQuestion(text)).toBeNull();
    },
  );
});
