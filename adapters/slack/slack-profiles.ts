import type { webApi } from "@slack/bolt";
import { z } from "zod";

export interface SlackProfile {
  displayName?: string;
  timezone?: string;
  locale?: "zh" | "en";
}

const usersInfoSchema = z.object({
  user: z.object({
    name: z.string().optional(),
    real_name: z.string().optional(),
    tz: z.string().optional(),
    locale: z.string().optional(),
    profile: z.object({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
  }),
});

/** A first contact must not hold up the acknowledgement: past this, the user is provisioned without a profile. */
const LOOKUP_TIMEOUT_MS = 1000;

/**
 * Name, timezone and locale of Slack users (users.info with include_locale), fetched once per
 * user and kept for the life of the process; they seed the CRM user on first contact.
 */
export class SlackProfiles {
  private readonly cache = new Map<string, SlackProfile>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly token: string,
    private readonly logger: { warn(message: string, detail?: unknown): void },
  ) {}

  async get(teamId: string, userId: string): Promise<SlackProfile> {
    const key = `${teamId}:${userId}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const profile = await this.fetch(userId);
    if (profile) this.cache.set(key, profile);
    return profile ?? {};
  }

  /** Locale of a user already seen (modals are built from it without a lookup). */
  cachedLocale(teamId: string, userId: string): "zh" | "en" | undefined {
    return this.cache.get(`${teamId}:${userId}`)?.locale;
  }

  private async fetch(userId: string): Promise<SlackProfile | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), LOOKUP_TIMEOUT_MS);
    });
    try {
      const lookup = this.client.users.info({ token: this.token, user: userId, include_locale: true }).then((result) => {
        const parsed = usersInfoSchema.safeParse(result);
        if (!parsed.success) return null;
        const user = parsed.data.user;
        const name = user.profile?.display_name || user.real_name || user.profile?.real_name || user.name;
        const profile: SlackProfile = {
          ...(name ? { displayName: name } : {}),
          ...(user.tz ? { timezone: user.tz } : {}),
          ...(user.locale ? { locale: user.locale.toLowerCase().startsWith("zh") ? "zh" : "en" } : {}),
        };
        return profile;
      });
      return await Promise.race([lookup, timeout]);
    } catch (error) {
      this.logger.warn("slack: users.info failed", error instanceof Error ? error.message : error);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
