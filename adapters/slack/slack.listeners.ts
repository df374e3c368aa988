import type { App, webApi } from "@slack/bolt";
import type { Inbox } from "../../bot/inbox.js";
import { OPEN_FORM_ACTION, findForm } from "../../bot/forms/registry.js";
import type { FormCards } from "../../bot/forms/form-cards.js";
import { fromSlackActionId } from "./render-slack-blocks.js";
import { FORM_CALLBACK_ID, openFormModal, readFormMetadata, submittedValues } from "./slack-forms.js";
import {
  blockActionsSchema,
  eventEnvelopeSchema,
  globalShortcutSchema,
  homeOpenedEventSchema,
  messageEventSchema,
  messageShortcutSchema,
  slashCommandSchema,
  viewSubmissionSchema,
} from "./slack-payloads.js";
import type { SlackProfiles } from "./slack-profiles.js";
import { fromSlackText } from "./slack-text.js";
import { type Normalized, fromBlockAction, fromFileShare, fromFormSubmit, fromHomeOpened, fromMessageEvent, fromSlashCommand } from "./to-inbound-event.js";
import { fetchSharedFile, fileShareEventSchema } from "./slack-file-share.js";
import { receiveFileEvent } from "../inbound-file.js";
import type { FileStore } from "../../bot/documents/file-store.js";
import type { OutboundAllowList } from "../outbound-allow-list.js";

export interface ListenerDeps {
  inbox: Inbox;
  /** Files shared in the bot's DM (spreadsheets to import) are fetched into it; without it they are ignored. */
  files?: { store: FileStore; allowList: OutboundAllowList; maxBytes: number };
  forms: FormCards;
  client: webApi.WebClient;
  token: string;
  profiles: SlackProfiles;
  logger: { warn(message: string, detail?: unknown): void };
}

/** Message shortcut on any message: opens "Log call" with the message text. */
export const LOG_TO_CRM_SHORTCUT = "log_to_crm";
/** Global shortcuts (lightning menu) opening a form. */
const GLOBAL_SHORTCUTS: Record<string, string> = { log_call: "log-call", new_deal: "new-deal" };

/**
 * Bolt listeners: each turns a payload into an inbox event and only then acknowledges.
 * No CRM work happens here; forms open directly because trigger_id expires within 3 seconds.
 */
export function registerSlackListeners(app: App, deps: ListenerDeps): void {
  const receive = async (normalized: Normalized) => {
    // "duplicate" is a Slack retry of an event already on disk: acknowledging it again is all there is to do.
    await deps.inbox.receive(normalized.event, normalized.target);
  };
  const who = async (teamId: string, userId: string) => ({ teamId, userId, profile: await deps.profiles.get(teamId, userId) });
  const teamOf = (payload: { team?: { id: string } | null; user: { team_id?: string | undefined } }) => payload.team?.id ?? payload.user.team_id ?? "";
  const openForm = async (request: Parameters<typeof openFormModal>[3]) => {
    try {
      return await openFormModal(deps.client, deps.token, deps.forms, request);
    } catch (error) {
      deps.logger.warn("slack: could not open a form", error instanceof Error ? error.message : error);
      return true;
    }
  };

  /** A spreadsheet shared in the bot's DM: fetched into the store, then recorded as a file event. */
  const onFileShare = async (body: unknown) => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const share = fileShareEventSchema.safeParse((body as { event?: unknown }).event);
    if (!envelope.success || !share.success || !deps.files || share.data.channel_type !== "im") return;
    const teamId = envelope.data.team_id ?? "";
    const who_ = await who(teamId, share.data.user);
    const { store, allowList, maxBytes } = deps.files;
    // Fetched once per delivery: a retry of an event already recorded fetches nothing.
    await receiveFileEvent(deps.inbox, { store, maxBytes }, fromFileShare(`event:${envelope.data.event_id}`, who_, share.data.channel), () =>
      fetchSharedFile(share.data, { token: deps.token, files: store, allowList, maxBytes }),
    );
  };

  const onMessage = async (body: unknown, mention: boolean) => {
    if ((body as { event?: { subtype?: unknown } }).event?.subtype === "file_share") return onFileShare(body);
    const envelope = eventEnvelopeSchema.safeParse(body);
    const message = messageEventSchema.safeParse((body as { event?: unknown }).event);
    if (!envelope.success || !message.success) return;
    // Edits, joins and bot posts (our own replies included) are not something a person said to the bot.
    if (message.data.subtype || message.data.bot_id) return;
    // Channel messages reach the bot only as app_mention; message.im is the DM.
    if (!mention && message.data.channel_type !== "im") return;
    const teamId = envelope.data.team_id ?? "";
    await receive(fromMessageEvent(`event:${envelope.data.event_id}`, await who(teamId, message.data.user), message.data));
  };
  app.event("message", async ({ body }) => onMessage(body, false));
  app.event("app_mention", async ({ body }) => onMessage(body, true));

  app.event("app_home_opened", async ({ body }) => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const event = homeOpenedEventSchema.safeParse((body as { event?: unknown }).event);
    if (!envelope.success || !event.success || (event.data.tab && event.data.tab !== "home")) return;
    await receive(fromHomeOpened(`event:${envelope.data.event_id}`, await who(envelope.data.team_id ?? "", event.data.user)));
  });

  app.command("/crm", async ({ body, ack }) => {
    const command = slashCommandSchema.safeParse(body);
    if (!command.success) return ack();
    const person = await who(command.data.team_id, command.data.user_id);
    // "/crm log-call", "/crm new-deal": a form id opens that form.
    const formId = command.data.text.trim().toLowerCase();
    if (findForm(formId)) {
      await ack();
      await openForm({ triggerId: command.data.trigger_id, formId, locale: person.profile.locale ?? "en", channel: command.data.channel_id });
      return;
    }
    await receive(fromSlashCommand(person, command.data));
    await ack();
  });

  app.action(/.+/, async ({ body, ack }) => {
    const payload = blockActionsSchema.safeParse(body);
    if (!payload.success) return ack();
    const person = await who(teamOf(payload.data), payload.data.user.id);
    const action = payload.data.actions[0]!;
    if (fromSlackActionId(action.action_id) === OPEN_FORM_ACTION && payload.data.trigger_id) {
      await ack();
      const channel = payload.data.view?.type === "home" ? undefined : (payload.data.container?.channel_id ?? payload.data.channel?.id);
      await openForm({
        triggerId: payload.data.trigger_id,
        formId: action.value ?? "",
        locale: person.profile.locale ?? "en",
        ...(channel ? { channel } : {}),
      });
      return;
    }
    await receive(fromBlockAction(person, payload.data));
    await ack();
  });

  app.shortcut(LOG_TO_CRM_SHORTCUT, async ({ body, ack }) => {
    await ack();
    const payload = messageShortcutSchema.safeParse(body);
    if (!payload.success) return;
    const person = await who(teamOf(payload.data), payload.data.user.id);
    await openForm({
      triggerId: payload.data.trigger_id,
      formId: "log-call",
      locale: person.profile.locale ?? "en",
      prefill: { summary: fromSlackText(payload.data.message.text) },
      ...(payload.data.channel ? { channel: payload.data.channel.id } : {}),
    });
  });

  app.shortcut({ type: "shortcut", callback_id: /^(log_call|new_deal)$/ }, async ({ body, ack }) => {
    await ack();
    const payload = globalShortcutSchema.safeParse(body);
    if (!payload.success) return;
    const person = await who(teamOf(payload.data), payload.data.user.id);
    await openForm({ triggerId: payload.data.trigger_id, formId: GLOBAL_SHORTCUTS[payload.data.callback_id] ?? "", locale: person.profile.locale ?? "en" });
  });

  app.view(FORM_CALLBACK_ID, async ({ body, ack }) => {
    const payload = viewSubmissionSchema.safeParse(body);
    const metadata = payload.success ? readFormMetadata(payload.data.view.private_metadata) : null;
    const form = metadata ? findForm(metadata.formId) : null;
    if (!payload.success || !metadata || !form) return ack();
    const person = await who(teamOf(payload.data), payload.data.user.id);
    const values = submittedValues(payload.data.view);
    // Checked inside the acknowledgement: a bad value keeps the modal open with the user's input and a message.
    const errors = form.validate(values, person.profile.locale ?? "en");
    if (Object.keys(errors).length > 0) return ack({ response_action: "errors", errors });
    const view = payload.data.view;
    const eventId = payload.data.trigger_id ? `trigger:${payload.data.trigger_id}` : `view:${view.id}:${view.hash ?? ""}`;
    // The reference as opened ("edit-deal:<id>:<version>"): the record and the version the user saw.
    await receive(fromFormSubmit(eventId, person, metadata.formId, values, metadata.channel));
    await ack();
  });
}
