import type { DbOrTx } from "../shared/db.js";
import { AmbiguousError, NotFoundError } from "../shared/errors.js";
import { normalizeText } from "../shared/search-key.js";

/** Where the person typing is: a bare id they type means an id on their own platform and workspace. */
export interface LookupScope {
  platform: string;
  tenantId: string;
}

export interface ResolvedUser {
  user: { id: string; name: string; role: string; teamId: string | null };
  /** The identity that names them unambiguously in a reply (the one typed, else one on the typist's platform). */
  identity: { platform: string; platformUserId: string } | null;
}

/** `id:<crm user id>`: what the "which one?" buttons type back, so a choice names exactly one row. */
export const USER_REF_PREFIX = "id:";

/**
 * Resolves the one person a role or team change is about. Platform ids are assigned by the platform,
 * names are chosen by the people themselves: so a mention or id on the typist's platform wins
 * (`<@U123>`, `@U123`, a WeCom/DingTalk userid, a local user id), then the exact CRM name; a chat
 * display name never matches, and several people of one name are an AmbiguousError (never "the first").
 */
export async function resolveUserRef(db: DbOrTx, scope: LookupScope, query: string): Promise<ResolvedUser> {
  const text = query.trim();
  if (text.startsWith(USER_REF_PREFIX)) {
    const user = await db.user.findFirst({ where: { id: text.slice(USER_REF_PREFIX.length), active: true }, include: { identities: true } });
    if (!user) throw new NotFoundError("user", text);
    return { user, identity: preferredIdentity(user.identities, scope) };
  }
  const id = mentionId(text);
  if (id) {
    const identity = await db.channelIdentity.findUnique({
      where: { platform_tenantId_platformUserId: { platform: scope.platform, tenantId: scope.tenantId, platformUserId: id } },
      include: { user: true },
    });
    if (identity?.user.active) return { user: identity.user, identity };
  }
  const wanted = normalizeText(text.replace(/^@/, ""));
  if (wanted.length === 0) throw new NotFoundError("user", text);
  const users = await db.user.findMany({ where: { active: true }, include: { identities: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const matches = users.filter((u) => normalizeText(u.name) === wanted);
  if (matches.length === 0) throw new NotFoundError("user", text);
  if (matches.length === 1) return { user: matches[0]!, identity: preferredIdentity(matches[0]!.identities, scope) };
  throw new AmbiguousError(
    "user",
    text,
    matches.slice(0, 5).map((u) => ({ id: u.id, label: describeUser(u, preferredIdentity(u.identities, scope)), ref: `${USER_REF_PREFIX}${u.id}` })),
  );
}

/** "Carol (local · c2)": name, platform and platform id, so two people of one name are told apart. */
export function describeUser(user: { id: string; name: string }, identity: ResolvedUser["identity"]): string {
  return identity ? `${user.name} (${identity.platform} · ${identity.platformUserId})` : `${user.name} (${user.id})`;
}

/** `<@U123>`, `<@U123|carol>`, `@U123` or a bare token: the id part, or null when it cannot be one. */
function mentionId(text: string): string | null {
  const slack = /^<@([^|>\s]+)(?:\|[^>]*)?>$/.exec(text);
  if (slack) return slack[1]!;
  const bare = text.replace(/^@/, "");
  return /^\S{1,200}$/.test(bare) ? bare : null;
}

function preferredIdentity<T extends { platform: string; tenantId: string; platformUserId: string }>(identities: T[], scope: LookupScope): T | null {
  return (
    identities.find((i) => i.platform === scope.platform && i.tenantId === scope.tenantId) ??
    identities.find((i) => i.platform === scope.platform) ??
    identities[0] ??
    null
  );
}
