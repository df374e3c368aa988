import type { PipelineStage } from "../../generated/prisma/client.js";
import type { Db, DbOrTx } from "../shared/db.js";
import { NotFoundError } from "../shared/errors.js";
import { normalizeText } from "../shared/search-key.js";

export type Stage = PipelineStage;

// Stages change only through configuration, yet every message needs them; reading them each
// time cost several queries per "log a call". A short cache keeps manual edits visible soon.
const CACHE_MS = 30_000;

// Words people use for a stage besides its configured names.
const STAGE_ALIASES: Record<string, string[]> = {
  lead: ["new", "线索", "潜在", "新线索"],
  qualified: ["qualify", "需求", "确认需求", "需求确认", "合格"],
  proposal: ["quote", "quoted", "报价", "方案", "提案"],
  negotiation: ["negotiate", "negotiating", "谈判", "议价", "商务"],
  won: ["win", "closed", "closedwon", "signed", "签约", "成交", "赢", "赢单"],
  lost: ["lose", "closedlost", "丢单", "输", "输单"],
};

/** Pipeline stages are rows (configurable); this reads them and resolves what a person typed. */
export class StageService {
  private cache: { at: number; stages: Stage[] } | null = null;

  constructor(private readonly db: Db) {}

  async list(db: DbOrTx = this.db): Promise<Stage[]> {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.stages;
    const stages = await db.pipelineStage.findMany({ where: { active: true }, orderBy: { position: "asc" } });
    this.cache = { at: Date.now(), stages };
    return stages;
  }

  /** Drops the cached stages: the next read sees a configuration change made in this process. */
  forget(): void {
    this.cache = null;
  }

  async first(db: DbOrTx = this.db) {
    const [stage] = await this.list(db);
    if (!stage) throw new NotFoundError("stage", "first");
    return stage;
  }

  /** "proposal", "方案报价", "报价", "Won", "赢单" → the stage row. */
  async resolve(text: string, db: DbOrTx = this.db) {
    const wanted = normalizeText(text);
    const stages = await this.list(db);
    const found =
      stages.find((s) => [s.key, s.nameEn, s.nameZh].some((n) => normalizeText(n) === wanted)) ??
      stages.find((s) => (STAGE_ALIASES[s.key] ?? []).some((a) => normalizeText(a) === wanted));
    if (!found) throw new NotFoundError("stage", text);
    return found;
  }
}
