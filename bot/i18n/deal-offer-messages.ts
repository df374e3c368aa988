import { msg } from "./msg.js";

/** The offer after a sentence that names a deal step for a customer with no open deal (flows/offer-deal.ts). */
export const DealOfferM = {
  question: msg<[string, string]>(
    (company, stage) => `${company}还没有进行中的商机。要新建一个（${stage}）吗？`,
    (company, stage) => `${company} has no open deal. Open one at ${stage}?`,
  ),
  open: msg(
    () => "新建商机",
    () => "Open a deal",
  ),
};
