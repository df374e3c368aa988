import { stageName } from "../../cards/labels.js";
import { StageInUseError, StageRuleError } from "../../domain/pipeline/stage-config.service.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { StageM } from "../i18n/stage-messages.js";
import { R } from "../i18n/reliability-messages.js";
import type { Reply } from "../types.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { readPercent, readStageAdd, readStageMove, readStageRename } from "./stage-args.js";
import { stageDeclaration } from "./stage.declaration.js";

const RENAME = ["rename", "改名", "重命名"];
const REORDER = ["move", "reorder", "移动", "排序", "调整"];
const PROBABILITY = ["probability", "prob", "概率", "赢率", "赢单概率"];
const ARCHIVE = ["archive", "hide", "disable", "归档", "停用"];
const RESTORE = ["restore", "unarchive", "enable", "恢复", "启用"];

export const stageCommand: Command = {
  ...declared(stageDeclaration),
  async run(ctx, args) {
    const [word = "", ...rest] = args;
    const lower = word.toLowerCase();
    const usage = [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const config = ctx.domain.stageConfig;
    try {
      if (word === "" || subcommandOf(word) === "list") return await listStages(ctx);
      // Every other form changes the pipeline: say plainly who may (the domain refuses anyone else too).
      if (ctx.actor.role !== "admin") return [{ text: R.adminOnly[ctx.locale]() }];
      if (subcommandOf(word) === "new") {
        const input = readStageAdd(rest.join(" "));
        if (!input) return usage;
        const added = await config.add(ctx.actor, input);
        return [{ text: StageM.added[ctx.locale](stageName(added, ctx.locale), added.position) }, ...(await listStages(ctx))];
      }
      if (RENAME.includes(lower)) {
        const input = readStageRename(rest);
        if (!input) return usage;
        const renamed = await config.rename(ctx.actor, input.ref, input);
        return [{ text: StageM.renamed[ctx.locale](renamed.nameZh, renamed.nameEn) }];
      }
      if (REORDER.includes(lower)) {
        const input = readStageMove(rest);
        if (!input) return usage;
        await config.reorder(ctx.actor, input.ref, input.place);
        return [{ text: StageM.reordered[ctx.locale]() }, ...(await listStages(ctx))];
      }
      if (PROBABILITY.includes(lower) && rest.length >= 2) {
        const percent = readPercent(rest.at(-1)!);
        if (percent === null || percent > 100) return [{ text: StageM.badProbability[ctx.locale](rest.at(-1)!) }];
        const set = await config.setProbability(ctx.actor, rest.slice(0, -1).join(" "), percent);
        return [{ text: StageM.probabilitySet[ctx.locale](stageName(set, ctx.locale), set.probability) }];
      }
      if (ARCHIVE.includes(lower) && rest.length > 0) {
        const archived = await config.archive(ctx.actor, rest.join(" "));
        return [{ text: StageM.archived[ctx.locale](stageName(archived, ctx.locale)) }];
      }
      if (RESTORE.includes(lower) && rest.length > 0) {
        const restored = await config.restore(ctx.actor, rest.join(" "));
        return [{ text: StageM.restored[ctx.locale](stageName(restored, ctx.locale)) }];
      }
    } catch (error) {
      const refused = refusal(error, ctx);
      if (refused) return [refused];
      throw error;
    }
    return usage;
  },
};

/** The stage rules a domain refusal names, worded; null for any other error (the bot's error reply words it). */
function refusal(error: unknown, ctx: TurnContext): Reply | null {
  if (error instanceof StageInUseError) return { text: StageM.inUse[ctx.locale](stageName(error.stage, ctx.locale), error.openDeals) };
  if (!(error instanceof StageRuleError)) return null;
  const name = stageName(error.stage, ctx.locale);
  if (error.rule === "closed-stage") return { text: StageM.closedStage[ctx.locale](name) };
  if (error.rule === "last-open-stage") return { text: StageM.lastOpen[ctx.locale](name) };
  return { text: StageM.nameTaken[ctx.locale](error.detail, name) };
}

async function listStages(ctx: TurnContext): Replies {
  const [all, counts] = await Promise.all([ctx.domain.stageConfig.listAll(), ctx.domain.stageConfig.openDealCounts()]);
  const ordered = [...all.filter((s) => s.active), ...all.filter((s) => !s.active)];
  const lines = ordered.map((s, i) => StageM.line[ctx.locale](i + 1, s.nameZh, s.nameEn, s.probability, counts.get(s.id) ?? 0, !s.active));
  return [{ card: { title: StageM.listTitle[ctx.locale](), blocks: [{ type: "text", text: lines.join("\n") }] } }];
}
