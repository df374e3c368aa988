import { z } from "zod";
import { formatDateTime } from "../../cards/format.js";
import { validate } from "../../domain/shared/validate.js";
import { AM } from "../i18n/automation-messages.js";
import type { CardActionHandler } from "./action.js";

// "<alertId>:<days>": the alert row and how long; whether this person may snooze it is checked by the service.
const valueSchema = z.string().regex(/^[\w-]{1,64}:([1-9]|[12]\d|30)$/);

export const alertSnoozeAction: CardActionHandler = {
  actionId: "alert.snooze",
  async run(ctx, value) {
    const [alertId, days] = validate(valueSchema, value).split(":") as [string, string];
    const result = await ctx.domain.alerts.snooze(ctx.actor, alertId, Number(days));
    const until = formatDateTime(result.until, ctx.timezone, ctx.locale);
    return [{ text: result.kind === "digest" ? AM.digestMuted[ctx.locale](until) : AM.snoozed[ctx.locale](until) }];
  },
};
