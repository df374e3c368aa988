/**
 * What came of something ("需求基本明确", "聊得不错", "客户很满意", "demo went great"): a clause saying it
 * reports, whatever its verbs lack in markers.
 */
export const OUTCOME =
  /明确|不错|很好|挺好|还行|还可以|顺利|成功|满意|认可|(?:感|有)兴趣|没问题|拒绝|同意|答应|效果|反馈|(?:聊|谈|沟通|交流)得|没谈拢|谈崩|\b(?:great|good|well|positive|happy|loved?|liked|interested|keen|promising|rough|badly)\b/iu;

/** Hopes and expectations are no outcome: "希望顺利", "争取谈得好一点", "估计没问题". */
const HOPED = /希望|争取|祝|但愿|预计|估计|应该|可能|相信|力争|保证|确保|\b(?:hope|hopefully|fingers\s+crossed|should|expect)\b/iu;

/** "…, went great", "…, was a good call": how it went, in English. */
const WENT_EN =
  /^\s*(?:(?:it|that|which|the\s+\w+)\s+)?(?:went|was|were)\s+(?:really\s+|very\s+|super\s+|pretty\s+|quite\s+)?(?:great|well|good|fine|ok|okay|badly|poorly|long|smoothly|awesome|amazing|productive|positive)\b/iu;

/** A later clause tells how it went ("…，沟通得很顺利", "…，客户很满意", "…, went great"): it was held. */
export function toldOutcome(after: string): boolean {
  if (
    after
      .split(/[,;.!—–]|\s-\s/u)
      .slice(1)
      .some((piece) => WENT_EN.test(piece))
  )
    return true;
  return after
    .split(/[\s，,。；;!！]+/u)
    .slice(1)
    .some((piece) => /\p{Script=Han}/u.test(piece) && OUTCOME.test(piece) && !HOPED.test(piece));
}
