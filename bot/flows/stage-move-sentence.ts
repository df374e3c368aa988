import { NotFoundError } from "../../domain/shared/errors.js";
import { quoteIfNeeded } from "../commands/tokenize.js";
import { stageName } from "../../cards/labels.js";
import type { TurnContext } from "../context.js";
import { StageM } from "../i18n/stage-messages.js";
import type { Reply } from "../types.js";
import { ask } from "./ask.js";

/** "move Contoso to negotiation", "push the Acme deal to proposal", "advance Globex's opportunity into closed won". */
const EN_MOVE =
  /^(?:please\s+)?(?:move|advance|push|bump|put|set|progress)\s+(?:the\s+)?(?<who>.+?)(?:['’]s)?(?:\s+(?:deal|opportunity|opp))?(?:\s+stage)?\s+(?:to|into)\s+(?:the\s+)?(?<stage>[^,;.!?]+?)(?:\s+stage)?\s*[.!]*$/iu;
/** "Globex deal - moving to negotiation", "Initech opp moved to proposal", "Acme is now moving into negotiation". */
const EN_MOVING =
  /^(?<who>[^,;.!?:\-–—]+?)(?:['’]s)?(?:\s+(?:deal|opportunity|opp))?\s*(?:[-–—:]\s*)?(?:(?:is|has|'s)\s+)?(?:now\s+)?(?:moving|moved|moves|advancing|advanced|progressing|progressed|going)\s+(?:to|into)\s+(?:the\s+)?(?<stage>[^,;.!?]+?)(?:\s+stage)?\s*[.!]*$/iu;
/** "把顺丰推进到商务谈判", "华为的商机推到方案报价阶段", "美的移到赢单". */
const ZH_MOVE =
  /^(?:请|帮我)?(?:把|将)?(?<who>[^，,。；;！!？?\s]+?)(?:的)?(?:商机|单子|项目)?(?:阶段)?(?:推进到|推到|移到|挪到|转到|调到|放到|改到)(?<stage>[^，,。；;！!？?\s]+?)(?:阶段)?[。.!！]*$/u;

/** A figure, "and" or a verb of change in what names the deal: it says more than which deal. */
const MORE_THAN_A_NAME = /\d|\b(?:and|bumped|raised|lowered|cut|signed|said|wants?|asked)\b|和|并且|金额|预算/iu;

/**
 * A stage change said as an instruction, as the `deal move` command, when the words after "to"
 * name a stage and the rest a known customer (with no open deal, an offer to open one); null otherwise ("move the Acme call to Friday" is a
 * reschedule, logged as usual). Logged as a sentence it would add a note saying the instruction
 * and reset the customer's last activity.
 */
export async function stageMoveCommandFor(ctx: TurnContext, text: string): Promise<{ command: string } | { replies: Reply[] } | null> {
  const said = (EN_MOVE.exec(text.trim()) ?? EN_MOVING.exec(text.trim()) ?? ZH_MOVE.exec(text.trim()))?.groups;
  if (!said?.who || !said.stage) return null;
  const stage = await ctx.domain.stages.resolve(said.stage.trim()).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!stage) return null;
  const who = said.who.trim();
  // "Globex bumped the deal to 95k and moved to negotiation": more than a name before the move is a sentence to log
  if (MORE_THAN_A_NAME.test(who)) return null;
  const found = await ctx.domain.companies.search(who);
  if (found.kind !== "one") return null;
  if ((await ctx.domain.deals.openDealsOf(found.match.id)).length > 0) return { command: `deal move ${quoteIfNeeded(who)} ${stage.key}` };
  // Nothing open to move (none yet, or only closed ones): offered, never created unasked.
  const name = stageName(stage, ctx.locale);
  const open = `deal new ${quoteIfNeeded(found.match.name)} ${stage.key}`;
  const replies = await ask(
    ctx,
    "command",
    StageM.noOpenDealToMove[ctx.locale](found.match.name, name),
    null,
    [{ label: StageM.openDealAt[ctx.locale](name), patch: { text: open } }],
    {
      yesNo: true,
    },
  );
  return { replies };
}
