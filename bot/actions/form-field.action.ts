import { askField, chooseOption, FORM_FIELD_ACTION } from "../forms/guided-edit.js";
import type { CardActionHandler } from "./action.js";

/** A field's button on a guided-edit card: "<form ref>|<input id>" asks for it, "…|<option>" saves a choice. */
export const formFieldAction: CardActionHandler = {
  actionId: FORM_FIELD_ACTION,
  async run(ctx, value) {
    const [ref = "", inputId = "", option] = value.split("|");
    return option === undefined ? askField(ctx, ref, inputId) : chooseOption(ctx, ref, inputId, option);
  },
};
