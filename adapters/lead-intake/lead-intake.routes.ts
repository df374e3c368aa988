import type Router from "@koa/router";
import type Koa from "koa";
import { RateLimiter, type RateLimitOptions } from "../../bot/rate-limiter.js";
import type { CampaignService } from "../../domain/leads/campaign.service.js";
import type { LeadSourceService } from "../../domain/leads/lead-source.service.js";
import type { CreateLeadResult, LeadOwnerChoice, LeadService } from "../../domain/leads/lead.service.js";
import type { Clock } from "../../domain/shared/clock.js";
import { InvalidInputError, NotFoundError } from "../../domain/shared/errors.js";
import { isUniqueViolation } from "../../domain/shared/unique-violation.js";
import type { RouteInstaller } from "../channel-adapter.js";
import { readRawBody } from "../read-raw-body.js";
import { honeypotFilled, type LeadPayload, parseBody, toLeadInput } from "./lead-intake.schema.js";
import { MAX_LEAD_BYTES } from "./lead-intake.settings.js";

export const LEADS_PATH = "/api/leads";

export interface LeadIntakeDeps {
  leads: Pick<LeadService, "create">;
  sources: Pick<LeadSourceService, "authenticate">;
  campaigns: Pick<CampaignService, "list">;
  clock: Clock;
  /** Submissions per source token (lead-intake.settings.ts). */
  limit: RateLimitOptions;
  /** Wrong tokens per client address before it is refused without a look-up (lead-intake.settings.ts). */
  failures: RateLimitOptions;
}

type Answer = { status: number; body: Record<string, unknown> };

/**
 * POST /api/leads, the public door for website forms and ad platforms (docs/leads-api.md). In
 * order, each step refusing before the next costs anything: the source's token (401), its rate
 * limit (429), the content type (415), the body's size (413), its syntax (400), the honeypot
 * (202, nothing stored), the fields (422); then the lead goes to the source's team pool, merged
 * into the open lead with the same phone or email, or returned again for a known externalId.
 *
 * `gate` goes in front of the global body parser (createHttpApp's guards) so that this path's
 * body is read only here, after the token, and with this route's own size limit.
 */
export function leadIntakeRoutes(deps: LeadIntakeDeps): { routes: RouteInstaller; gate: Koa.Middleware } {
  const limiter = new RateLimiter(deps.limit, deps.clock);
  const failures = new RateLimiter(deps.failures, deps.clock);
  const gate: Koa.Middleware = async (ctx, next) => {
    if (isLeadsPath(ctx.path)) (ctx as { disableBodyParser?: boolean }).disableBodyParser = true;
    return next();
  };
  const routes: RouteInstaller = (router: Router) => {
    router.post(LEADS_PATH, async (ctx) => {
      const answer = await intake(ctx, deps, limiter, failures);
      ctx.status = answer.status;
      ctx.body = answer.body;
    });
  };
  return { routes, gate };
}

async function intake(ctx: Koa.Context, deps: LeadIntakeDeps, limiter: RateLimiter, failures: RateLimiter): Promise<Answer> {
  // An address that sent too many wrong tokens is refused before any look-up: guessing costs time.
  const guessing = failures.exhausted(ctx.ip);
  if (!guessing.ok) return tooMany(ctx, guessing.retryAfterMs);
  // The domain looks the token up by its SHA-256 only: how close a wrong token is to a real one leaks nothing.
  const source = await deps.sources.authenticate(tokenOf(ctx));
  if (!source || source.disabled) {
    // A disabled source's form still posting is refused, but it is not guessing: it does not count.
    if (!source) failures.take(ctx.ip);
    ctx.set("WWW-Authenticate", 'Bearer realm="crm-leads"');
    return { status: 401, body: { error: "unauthorized" } };
  }
  const allowed = limiter.take(source.id);
  if (!allowed.ok) return tooMany(ctx, allowed.retryAfterMs);
  const kind = bodyKind(ctx.request.type);
  if (!kind) return { status: 415, body: { error: "unsupported content type", accepted: ["application/json", "application/x-www-form-urlencoded"] } };
  const raw = await readLimited(ctx);
  if (raw === null) return { status: 413, body: { error: "request body too large", limitBytes: MAX_LEAD_BYTES } };
  const body = parseBody(raw, kind);
  if (!body.ok) return { status: 400, body: { error: body.error } };
  if (honeypotFilled(body.payload)) return { status: 202, body: { status: "accepted" } };
  const input = toLeadInput(body.payload, ctx.get("idempotency-key") || undefined);
  if (!input.ok) return { status: 422, body: { error: "invalid lead", issues: input.issues } };
  const campaign = await campaignFor(deps.campaigns, input.lead.campaign, source.campaignId);
  const lead = { ...input.lead, campaign };
  let result: CreateLeadResult;
  try {
    result = await create(deps.leads, lead, { owner: "pool", teamId: source.teamId, sourceId: source.id });
  } catch (error) {
    if (error instanceof InvalidInputError) return { status: 422, body: { error: "invalid lead", issues: [{ field: error.field, message: error.reason }] } };
    if (error instanceof NotFoundError) return { status: 422, body: { error: "invalid lead", issues: [{ field: error.entity, message: "not found" }] } };
    throw error;
  }
  if (result.kind === "duplicates") throw new Error("lead intake: duplicates are merged, never asked about");
  const status = result.kind === "already" ? "existing" : result.kind;
  return { status: result.kind === "created" ? 201 : 200, body: { id: result.lead.id, number: result.lead.number, status } };
}

function tooMany(ctx: Koa.Context, retryAfterMs: number): Answer {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  ctx.set("Retry-After", String(seconds));
  return { status: 429, body: { error: "rate limited", retryAfterSeconds: seconds } };
}

/**
 * Two submissions at once with the same externalId, or two new leads taking the same number
 * (PostgreSQL), collide on a unique index; the next try finds the lead the other one made.
 */
async function create(leads: LeadIntakeDeps["leads"], lead: LeadPayload, choice: LeadOwnerChoice): Promise<CreateLeadResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await leads.create(null, lead, choice, "merge");
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}

/** The campaign the payload names if it exists, else the source's own campaign, else none. */
async function campaignFor(campaigns: LeadIntakeDeps["campaigns"], named: string | undefined, sourceCampaignId: string | null) {
  if (!named && !sourceCampaignId) return undefined;
  const all = await campaigns.list();
  const match = named ? all.find((c) => c.name.toLowerCase() === named.toLowerCase()) : undefined;
  return (match ?? all.find((c) => c.id === sourceCampaignId))?.name;
}

function tokenOf(ctx: Koa.Context): string | undefined {
  const bearer = /^Bearer +(\S+) *$/i.exec(ctx.get("authorization"))?.[1];
  return bearer ?? (ctx.get("x-lead-token").trim() || undefined);
}

function bodyKind(type: string): "json" | "form" | null {
  const mime = type.trim().toLowerCase();
  if (mime === "application/json" || mime.endsWith("+json")) return "json";
  if (mime === "application/x-www-form-urlencoded") return "form";
  return null;
}

/** The body, or null past MAX_LEAD_BYTES (also when the global parser read it: a spelling of the path the gate did not see). */
async function readLimited(ctx: Koa.Context): Promise<string | null> {
  try {
    const raw = await readRawBody(ctx, MAX_LEAD_BYTES);
    return Buffer.byteLength(raw, "utf8") > MAX_LEAD_BYTES ? null : raw;
  } catch (error) {
    if (typeof error === "object" && error !== null && (error as { status?: unknown }).status === 413) return null;
    throw error;
  }
}

/** The path as the router may match it: any case, percent-decoded, repeated or trailing slashes. */
function isLeadsPath(raw: string): boolean {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Undecodable: judged as written.
  }
  return (
    decoded
      .toLowerCase()
      .replace(/\/{2,}/g, "/")
      .replace(/\/$/, "") === LEADS_PATH
  );
}
