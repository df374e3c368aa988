import type { CommandDeclaration } from "./declaration.js";

export const rateDeclaration: CommandDeclaration = {
  words: { en: ["rate"], zh: ["汇率"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "rate", zh: "汇率" },
      summary: { en: "the exchange rates totals over several currencies are converted with", zh: "汇率表：多币种合计按它换算" },
    },
    {
      synopsis: { en: "rate set <currency> <rate>", zh: "汇率 设置 <币种> <汇率>" },
      summary: {
        en: "one unit of a currency in the base currency (CRM_BASE_CURRENCY, default CNY)",
        zh: "一单位外币折合多少本位币（CRM_BASE_CURRENCY，默认人民币）",
      },
      example: { en: "rate set USD 7.1", zh: "汇率 设置 美元 7.1" },
      role: "admin",
      details:
        "replaces the rate; audited `rate.set`; the forecast and the receivables then add a line converted into the base currency, and targets count deals in other currencies",
    },
    {
      synopsis: { en: "rate remove <currency>", zh: "汇率 删除 <币种>" },
      summary: { en: "forget a rate (totals then name the currency as unconverted)", zh: "删除某币种的汇率" },
      role: "admin",
    },
  ],
};
