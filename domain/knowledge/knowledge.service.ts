import Fuse from "fuse.js";
import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";
import { overlap, overlapScore, searchTerms } from "./text-similarity.js";

export const articleSchema = z.object({
  question: z.string().trim().min(2).max(500),
  answer: z.string().trim().min(1).max(5000),
});

// Articles scanned per search; a team's FAQ is small, and this keeps a big one bounded.
const SCAN_LIMIT = 2000;
/**
 * A suggestion must share a real term with the article's question (a word, or a pair of Chinese
 * characters such as 登录) and at least this share of the problem's terms. Kept low on purpose:
 * a ticket title is short and the suggestion is only a hint next to the ticket.
 */
export const SUGGEST_MIN_SCORE = 0.15;

export interface ArticleHit {
  id: string;
  question: string;
  answer: string;
  score: number;
  /** Terms of the query found verbatim in the article's question. */
  questionHits: number;
}

/**
 * A small knowledge base of question → answer. Ranking: term overlap (Latin words, Chinese
 * character pairs, see text-similarity.ts), with fuse.js as the typo-tolerant fallback for
 * Latin queries that share no exact term ("pasword" → "password").
 */
export class KnowledgeService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Managers, admins and service agents write the knowledge base. */
  async add(actor: Actor, input: { question: string; answer: string }) {
    const data = validate(articleSchema, input);
    return this.db.$transaction(async (tx) => {
      const me = await tx.user.findUnique({ where: { id: actor.userId }, select: { supportAgent: true } });
      if (actor.role === "rep" && !me?.supportAgent) throw new PermissionDeniedError("add to", "article");
      const now = this.clock.now();
      const article = await tx.knowledgeArticle.create({
        data: { ...data, searchKey: searchTerms(`${data.question} ${data.question} ${data.answer}`).join(" "), createdById: actor.userId, createdAt: now },
      });
      await writeAudit(tx, actor, { action: "kb.add", entityType: "article", entityId: article.id, after: article });
      return article;
    });
  }

  async search(text: string, limit = 3, minScore = 0.01): Promise<ArticleHit[]> {
    const query = searchTerms(text);
    if (query.length === 0) return [];
    const articles = await this.db.knowledgeArticle.findMany({ orderBy: { updatedAt: "desc" }, take: SCAN_LIMIT });
    const questionTerms = (a: { question: string }) => searchTerms(a.question);
    const ranked = articles
      // Terms in the question count more than terms only in the answer.
      .map((a) => {
        const inQuestion = overlap(query, questionTerms(a));
        return { a, questionHits: inQuestion.exact, score: Math.max(inQuestion.score, 0.8 * overlapScore(query, a.searchKey.split(" "))) };
      })
      .filter((r) => r.score >= minScore)
      .sort((x, y) => y.score - x.score);
    if (ranked.length === 0 && /[a-z]{4,}/i.test(text)) {
      const fuse = new Fuse(articles, { keys: ["question", "answer"], includeScore: true, threshold: 0.4, ignoreLocation: true });
      // Typo matches count as one question term, so a close enough one is still suggested.
      return fuse
        .search(text.slice(0, 32), { limit })
        .map((r) => ({ id: r.item.id, question: r.item.question, answer: r.item.answer, score: Math.max(0, 1 - (r.score ?? 1)) * 0.5, questionHits: 1 }));
    }
    return ranked.slice(0, limit).map(({ a, score, questionHits }) => ({ id: a.id, question: a.question, answer: a.answer, score, questionHits }));
  }

  /** Answers worth showing next to a new ticket. */
  async suggest(problem: string, limit = 3): Promise<ArticleHit[]> {
    return (await this.search(problem, limit)).filter((h) => h.score >= SUGGEST_MIN_SCORE && h.questionHits >= 1);
  }
}
