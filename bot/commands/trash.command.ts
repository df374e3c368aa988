import { formatDateTime } from "../../cards/format.js";
import type { DeletableType } from "../../domain/trash/recycle-bin.service.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { TrashM } from "../i18n/trash-messages.js";
import { R } from "../i18n/reliability-messages.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { trashDeclaration } from "./trash.declaration.js";

/** The bin list a user was last shown: "trash restore 2" means its second line even if the bin changed since. */
const SHOWN = "trash.list";
const RESTORE = ["restore", "undelete", "恢复", "还原"];
const PURGE = ["purge", "empty", "清空", "彻底删除"];
const ALL = ["all", "全部", "所有"];
const DAY_MS = 86_400_000;

export const trashCommand: Command = {
  ...declared(trashDeclaration),
  async run(ctx, args) {
    const [word = "", ...rest] = args;
    const lower = word.toLowerCase();
    if (word === "" || subcommandOf(word) === "list") return listBin(ctx);
    if (RESTORE.includes(lower) && rest.length === 1) return restoreLine(ctx, rest[0]!);
    if (PURGE.includes(lower)) return purge(ctx, rest[0]);
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

async function listBin(ctx: TurnContext): Replies {
  const rows = await ctx.domain.trash.list(ctx.actor);
  if (rows.length === 0) return [{ text: TrashM.empty[ctx.locale]() }];
  await ctx.pending.replace(ctx.actor.userId, SHOWN, { ids: rows.map((r) => r.id) });
  const { users } = await ctx.domain.names.many({ users: rows.map((r) => r.deletedById ?? "") });
  const people = new Map(users.map((u) => [u.id, u.name]));
  const lines = rows.map((r, i) =>
    TrashM.line[ctx.locale](
      i + 1,
      TrashM.kinds[r.entityType as DeletableType]?.[ctx.locale]() ?? r.entityType,
      r.label,
      formatDateTime(r.deletedAt, ctx.timezone, ctx.locale),
      people.get(r.deletedById ?? "") ?? "?",
    ),
  );
  return [{ card: { title: TrashM.title[ctx.locale](rows.length), blocks: [{ type: "text", text: `${lines.join("\n")}\n${TrashM.hint[ctx.locale]()}` }] } }];
}

async function restoreLine(ctx: TurnContext, position: string): Replies {
  const shown = (await ctx.pending.latestOfKind<{ ids: string[] }>(ctx.actor.userId, SHOWN))?.payload;
  const binId = shown?.ids[Number(position.replace(/^#/u, "")) - 1];
  if (!binId) return [{ text: TrashM.noSuchLine[ctx.locale](position) }];
  const restored = await ctx.domain.trash.restore(ctx.actor, binId);
  const kind = TrashM.kinds[restored.entityType][ctx.locale]();
  return [{ text: TrashM.restored[ctx.locale](kind, restored.label) + (restored.number ? ` ${TrashM.renumbered[ctx.locale](restored.number)}` : "") }];
}

async function purge(ctx: TurnContext, scope: string | undefined): Replies {
  const lower = (scope ?? "").toLowerCase();
  const days = /^\d{1,4}$/u.test(lower) ? Number(lower) : null;
  if (ctx.actor.role !== "admin") return [{ text: R.adminOnly[ctx.locale]() }];
  if (!ALL.includes(lower) && days === null) return [{ text: TrashM.purgeUsage[ctx.locale]() }];
  const count = await ctx.domain.trash.purge(ctx.actor, days === null ? undefined : new Date(ctx.now.getTime() - days * DAY_MS));
  return [{ text: TrashM.purged[ctx.locale](count) }];
}
