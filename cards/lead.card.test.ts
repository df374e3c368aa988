import { describe, expect, it } from "vitest";
import { fitCard } from "./limits.js";
import { leadCard } from "./lead.card.js";
import { renderPlainText } from "./render-plain-text.js";

describe("the lead card", () => {
  it("shows every field of a lead with all of them filled, more than one fields block holds", () => {
    const card = leadCard(
      {
        id: "l1",
        number: 3,
        name: "Omar Haddad",
        companyName: "Wayne Enterprises",
        title: "Director of Sales",
        phone: "+1 312 555 0144",
        email: "omar@wayne.example",
        wechatId: "omar_wayne",
        teamId: "t1",
        region: "Chicago",
        industry: "Manufacturing",
        source: "trade-show",
        campaignName: "Expo 2026",
        status: "qualified",
        disqualifiedReason: null,
        ownerId: "u1",
        ownerName: "Amy Chen",
        score: 70,
        scoreReasons: [],
        lastTouchedAt: new Date("2026-11-25T02:00:00Z"),
        notes: null,
      },
      { locale: "en", timeZone: "Asia/Shanghai", viewerId: "u1" },
    );
    const text = renderPlainText(fitCard(card)).text;
    for (const label of ["Company", "Title", "Phone", "Email", "WeChat", "Region", "Industry", "Source", "Status", "Owner", "Score", "Last worked on"]) {
      expect(text).toContain(`${label}:`);
    }
  });
});
