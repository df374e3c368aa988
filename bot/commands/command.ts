import type { Replies, TurnContext } from "../context.js";
import type { Declared } from "./declaration.js";

/**
 * A chat command. Its words, usage line and help come from its declaration (`<name>.declaration.ts`,
 * spread in with `declared(…)`), so help, usage replies and docs/commands.md cannot drift apart.
 */
export interface Command extends Declared {
  run(ctx: TurnContext, args: string[]): Replies;
  /**
   * For a command word that also starts ordinary sentences ("Weekly sync with Globex went well",
   * "Lead at Initech wants a demo"): whether these words are this command. When false the text is
   * handled as a sentence (logged, answered) instead.
   */
  accepts?(args: readonly string[]): boolean;
}

/** Subcommand words in both languages; docs/commands.md lists them (bot/commands/command-table.ts). */
export const SUBCOMMANDS: Readonly<Record<string, readonly string[]>> = {
  new: ["new", "add", "create", "新建", "新增", "添加", "创建", "加"],
  move: ["move", "stage", "推进", "移动", "变更", "改阶段"],
  show: ["show", "view", "get", "查看", "详情", "看"],
  list: ["list", "ls", "列表", "列出", "全部"],
  done: ["done", "complete", "finish", "完成", "搞定"],
  delete: ["delete", "remove", "del", "删除", "移除", "作废"],
  role: ["role", "角色"],
  team: ["team", "团队"],
};

export type Subcommand = keyof typeof SUBCOMMANDS;

export function subcommandOf(word: string | undefined): Subcommand | null {
  if (!word) return null;
  const lower = word.toLowerCase();
  for (const [name, words] of Object.entries(SUBCOMMANDS)) {
    if (words.includes(lower)) return name as Subcommand;
  }
  return null;
}
