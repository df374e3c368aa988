import type { CommandDeclaration } from "./declaration.js";

export const campaignDeclaration: CommandDeclaration = {
  words: { en: ["campaign", "campaigns"], zh: ["营销活动", "市场活动"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "campaign new <name> [cost] [channel]", zh: "营销活动 新建 <名称> [费用] [渠道]" },
      summary: { en: "a marketing campaign with its cost (managers, admins)", zh: "新建营销活动及其费用（经理、管理员）" },
      example: { en: "campaign new Expo 2026 $20k trade-show", zh: "营销活动 新建 双11展会 5万 展会" },
      details: "leads name it in their text (or a lead source carries it); the cost is an amount as anywhere (5万, $20k)",
    },
    {
      synopsis: { en: "campaign [report]", zh: "营销活动 [报表]" },
      summary: {
        en: "per campaign: leads, conversion, won revenue, cost per lead and ROI; conversion per source; a chart",
        zh: "每个活动的线索数、转化率、赢单收入、单条线索成本和 ROI；各来源转化率；附图表",
      },
      example: { en: "campaign report", zh: "营销活动 报表" },
      details:
        "revenue = won deals that converted leads of the campaign became, in the campaign's currency (others at the `rate` table's rates); ROI = (revenue − cost) ÷ cost; managers and admins",
    },
  ],
};
