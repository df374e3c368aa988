import { z } from "zod";

/** The parts of Slack payloads the adapter reads; everything else passes through untouched. */

const id = z.string().min(1).max(200);

export const messageEventSchema = z.object({
  type: z.enum(["message", "app_mention"]),
  user: id,
  text: z.string().max(100_000).default(""),
  channel: id,
  channel_type: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});

export const homeOpenedEventSchema = z.object({ type: z.literal("app_home_opened"), user: id, tab: z.string().optional() });

export const eventEnvelopeSchema = z.object({ event_id: id, team_id: id.optional() });

export const slashCommandSchema = z.object({
  command: z.string(),
  text: z.string().max(100_000).default(""),
  user_id: id,
  user_name: z.string().optional(),
  team_id: id,
  channel_id: id,
  channel_name: z.string().optional(),
  response_url: z.url().optional(),
  trigger_id: id,
});

const userRef = z.object({ id, name: z.string().optional(), team_id: z.string().optional() });

export const blockActionsSchema = z.object({
  type: z.literal("block_actions"),
  user: userRef,
  team: z.object({ id }).nullable().optional(),
  trigger_id: id.optional(),
  response_url: z.url().optional(),
  channel: z.object({ id }).optional(),
  container: z
    .object({ type: z.string(), message_ts: z.string().optional(), channel_id: z.string().optional(), is_ephemeral: z.boolean().optional() })
    .optional(),
  view: z.object({ type: z.string() }).optional(),
  actions: z.array(z.object({ action_id: z.string().min(1).max(300), value: z.string().max(2000).optional(), action_ts: z.string().optional() })).min(1),
});

export const messageShortcutSchema = z.object({
  type: z.literal("message_action"),
  callback_id: z.string(),
  trigger_id: id,
  user: userRef,
  team: z.object({ id }).nullable().optional(),
  channel: z.object({ id }).optional(),
  message: z.object({ text: z.string().max(100_000).default(""), ts: z.string().optional() }),
});

export const globalShortcutSchema = z.object({
  type: z.literal("shortcut"),
  callback_id: z.string(),
  trigger_id: id,
  user: userRef,
  team: z.object({ id }).nullable().optional(),
});

const inputState = z.object({
  type: z.string(),
  value: z.string().nullable().optional(),
  selected_date: z.string().nullable().optional(),
  selected_option: z.object({ value: z.string() }).nullable().optional(),
});

export const viewSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  user: userRef,
  team: z.object({ id }).nullable().optional(),
  trigger_id: z.string().optional(),
  view: z.object({
    id,
    hash: z.string().optional(),
    callback_id: z.string(),
    private_metadata: z.string().max(3000).default(""),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), inputState)) }),
  }),
});

/** What rides in a modal's private_metadata: the form and where its result should be posted. */
export const formMetadataSchema = z.object({ formId: z.string().min(1).max(100), channel: z.string().max(200).optional() });
export type FormMetadata = z.infer<typeof formMetadataSchema>;
