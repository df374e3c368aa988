import type { ActivityKind } from "./types.js";

/**
 * Keyword patterns per activity kind. Chinese keywords only count on jieba word edges and
 * English ones on \b, so "voicemail" is not "mail", "机会" is not "会", "电话号码" is no call.
 * A WeChat / SMS / text message has no kind of its own in the schema: it is a note.
 * Sending a document ("sent the proposal", "发了方案") is an email unless a chat app is named.
 * Order matters only for ties at the same position: more specific patterns come first.
 */
const SPENT_TIME = String.raw`(?:an?|the|\d+(?:\.\d+)?|one|two|three|four|five|half\s+an?|a\s+few|a\s+couple\s+of|several|all)\s*(?:(?:whole|entire|full|good)\s+)?(?:hours?|hrs?|h|mins?|minutes?|morning|afternoon|day|evening)`;

export const ACTIVITY_PATTERNS: ReadonlyArray<readonly [ActivityKind, RegExp]> = [
  // chat apps first: "发了微信" must not fall through to the document-sending email rule
  [
    "note",
    /\b(?:we-?chat(?:ted|'d|ed)?|texted|texting|text(?:ed)?\s+(?:him|her|them|the)|sent\s+(?:an?\s+)?(?:text|sms|message|whatsapp|wechat)|sms(?:ed|'d)?|whats-?app(?:ed|'d)?|(?:messaged|pinged|dm(?:ed|'d))(?!\s+(?:\w+\s+){0,3}(?:by|via|over|per)\s+e-?mail)|slack(?:ed|'d)?)\b|微信|企业微信|企微|短信|钉钉|发了?(?:条|个)?(?:消息|信息)/iu,
  ],
  // video calls are meetings, whatever word follows
  [
    "meeting",
    /\b(?:zoom|teams|video|google\s+meet|webex|skype)\s+(?:call|meeting|session|chat)\b|\bface-?tim(?:e|ed)\b|\b(?:webex(?:ed)?|g-?meet|google\s+meet|hangouts?|gotomeeting)\b|(?<!\b(?:after|from|via|through|since)\s+(?:the\s+|our\s+|a\s+|last\s+week'?s\s+|yesterday'?s\s+)?)\bwebinars?\b(?!\s+(?:attendees?|registrants?|leads?|sign-?ups?|list|audience)\b)|\bwalk(?:ed)?\s+(?:\w+\s+){1,3}?through\b|\bvideo\s*conf(?:erence)?\b|视频会议?|腾讯会议|线上会议?|网络会议?|远程会议?|视频了?(?:一下|聊|沟通|交流)|视频了|视频通话|线上演示|远程演示|\b(?:online|remote|virtual)\s+(?:demo|meeting|presentation)\b/iu,
  ],
  [
    "visit",
    /\b(?:visited|visits?|visiting|on[- ]?site|site\s+visit|(?:site|plant|factory|facility|office|warehouse|campus)\s+tour|tour(?:ed)?\s+(?:of\s+)?(?:their|the|[\w-]+'s)\s+(?:[\w-]+\s+)?(?:plant|factory|facility|site|office|offices|warehouse|campus|hq)|in[- ]person\s+(?:demo|meeting|visit)|(?:meeting|meet|met)\s+at\s+(?:[\w'’-]+\s+){0,3}(?:office|offices|plant|factory|hq|headquarters|site|campus|premises|facility)|(?:dropped|stopped|swung|swang|came|popped)\s+by|dropped\s+in(?:\s+on)?|popped\s+(?:in|over|round|around)(?:\s+to)?|met\s+(?:with\s+)?(?:[\w'’&-]+\s+){0,5}?(?:at|in)\s+(?:their|his|her|the\s+client'?s|[\w-]+'s|the\s+[\w-]+)\s+(?:\w+\s+)?(?:office|offices|plant|factory|hq|headquarters|site|campus|warehouse|premises|facility)|(?:was|were|been)\s+at\s+(?:\w+\s+){0,2}(?:office|offices|plant|factory|hq|headquarters|site|campus)|(?:went|go|going|headed|drove|flew|popped|swung)\s+(?:over\s+|round\s+|across\s+)?(?:to|out\s+to)\s+(?:[\w']+\s+){0,2}(?:office|offices|plant|factory|hq|headquarters|site|campus|warehouse)|(?:drove|driven|flew|flown|headed|trekked|travell?ed)\s+(?:out|over|up|down|across)\s+to|(?:drove|flew|travell?ed)\s+to|dropped\s+off\s+(?:[\w'’-]+\s+){0,3}?(?:at|with))\b|拜访|上门|到访|来访|走访|(?<!电话)回访[了完过]|登门|拜会|实地|现场|(?<![蔚未将原本从后起出过带回进上下以近归往到])来[了过]?(?:(?:(?:我们|咱们)(?:的)?)?(?:公司|这边|办公室|总部|展厅|工厂)|我司)(?!的?路上|的时候)(?:参观|坐了?坐|聊|交流|看|考察)?|(?<![从回])到(?:我们|咱们)?(?:公司|我司|这边|办公室|总部|展厅|工厂)(?:来)?(?:参观|坐坐|考察|交流|洽谈|拜访)|从[\p{Script=Han}A-Za-z]{1,8}?(?:那边|公司|办公室|总部|工厂)?(?:出来|回来)|去了?(?:他们|客户|对方|[\p{Script=Han}A-Za-z]{1,8}?)(?:公司|那边|那儿|办公室|工厂|总部|厂里)|去了?(?:一)?趟|(?<![过回失除上下来出])去(?!年|电|掉|除|世|哪|向|重|找|问|买)[\p{Script=Han}A-Za-z]{2,8}?(?:做了?|进行了?|参加了?|开展了?|组织了?|搞了|开了|开过|给他们|为他们|交流|洽谈|考察|汇报|调研)/iu,
  ],
  [
    "call",
    /\b(?:call?d|caled|calle?ld|(?:catch[- ]?up|check[- ]?in|intro|discovery|follow[- ]?up|f\/u|quick|short|brief|sales|pricing|status|phone|cold)\s+calls?|called|calls?|calling|phoned|phoning|phone\s+call|(?:on|over|by|off)\s+the\s+phone|by\s+phone|rang|rung|dial(?:l)?ed|cold[- ]call(?:ed)?|voice-?mails?|voice\s+messages?|\bvms?\s+(?:left|dropped)|left\s+(?:a\s+|an?other\s+|them\s+a\s+|him\s+a\s+|her\s+a\s+|(?:\d+|two|three|several|a\s+few|a\s+couple(?:\s+of)?)\s+|(?:[A-Z][\w'’&-]*\s+){1,3}an?\s+)?(?:voice\s*)?(?:messages?|vms?|voicemails?)|(?:didn'?t|did\s+not|doesn'?t|does\s+not|won'?t|wouldn'?t)\s+pick\s+up|not\s+picking\s+up|no\s+answer|went\s+(?:straight\s+)?to\s+voice-?mail|conference\s+call|call\s+back|callback|buzzed|gave\s+(?:\w+\s+){1,2}(?:a\s+)?(?:ring|buzz|call)|(?:got|had|took|received)\s+(?:a\s+|their\s+|his\s+|her\s+)?(?:phone\s+)?call|(?:hopped|jumped|got)\s+on\s+(?:a\s+|the\s+)?(?:quick\s+)?(?:phone\s+)?call|returned\s+(?:my|our|the|his|her|their)\s+call|tried\s+(?:[\w&'’-]+\s+){1,3}(?:twice|again|\d+x|\d+\s+times|(?:a\s+)?(?:few|couple(?:\s+of)?|several|two|three|four)\s+times)|tried\s+(?:calling|ringing|phoning|to\s+(?:call|ring|phone|reach))|picked\s+up(?=\s*(?:[,.;!]|$|(?:and|but|at|finally|the\s+phone)\b))|vm(?:'d|ed)|vm\s+(?:again|twice|x?\d))\b|电话会议?|(?:通|打|聊)了?(?:[\d一二两三四五六七八九十几半]+多?个?(?:分钟|小时|钟头|钟)多?|半天|好久|很久)(?:的)?电话|打给|拨(?:了|通了?)?(?:个)?(?:电话|给)|拨打|打了?过?(?:个|一个|一通|通|[一二两三四五六七八九十几\d]+[次通个])?电话|打(?:来|过来|回来)|打过去(?!的)|通了?(?:个|一个|次)?电话|(?:通|打)完了?(?:个)?电话|(?:^|[\s:：])电话\s*$|(?<=(?:跟|和|与|给)[\p{Script=Han}A-Za-z0-9&·]{1,12})电话(?=\s*(?:$|[，,。；;!！]))|(?<=(?:^|[\s#/／|｜、，,\-—【\[+＋&])\s*)电话(?=\s*[\s/／|｜、，,\-—】\]+＋&])(?![\s/／|｜、，,\-—】\]]*[:：]?\s*\+?\d)|电话\s*(?:一直|还是|又|也|都)?\s*(?:沟通|联系|聊|交流|回访|跟进|里|中|上|确认|约|说|问|讲|谈|催|告知|通知|邀约|拜年|安抚|答复|回复|商量|汇报|解释|说明|讨论|敲定|协调|对接|洽谈|了解|询问|咨询|提醒|道歉|没人?接|未接通?|无人接听?|占线|打不通|不通|关机|没通|没打通|没接通|打不进|通了|接了|挂了)|通电话|(?:打|来|去)(?:了)?(?:个)?电话|打来电话|打不通|没打通|(?:没|未)接通|无人接听|接到[^，,。;；]{0,12}?电话|打过电话|去电|回了?(?:个)?电话|约了?[^,，。;；]{0,12}?(?:电话|通话)|接了?(?:个|一个|[^，,。;；]{0,10}?的)?电话|致电|来电|回电|电联|语音通话|(?<!视频|语音)通话(?!记录|费|时长)|语音留言|留了?(?:个)?言/iu,
  ],
  [
    "email",
    /\b(?:sent\s+(?:a\s+|the\s+|my\s+|our\s+|another\s+)?follow[- ]?ups?\b(?!\s+(?:call|meeting|visit|demo))|e-?mailed|e-?maild|e-?mal?ed|emial(?:ed|d)|e-?mailled|(?<!(?:contact|his|her|their|my|work)\s)(?<!\b(?:no|zero|without\s+an?|never\s+got\s+an?)\s+(?:reply|replies|response|responses|answer)\s+(?:to|on)\s+(?:[\w'’]+\s+){0,3})e-?mails?(?!\s+(?:is|was|address(?:es)?)\b)(?!\s*[:：])|e-?mailing|mailed|fwd(?:'d|ed)?|forwarded|(?:replied|responded|answered|wrote\s+back)\s+(?:to\s+)?(?:\w+\s+){0,3}(?:e-?mails?|by\s+e-?mail|via\s+e-?mail)|(?:by|via|over|per)\s+e-?mail|wrote\s+to|(?<!(?:call|phone|text)\s)(?:replied|wrote\s+back)(?!\s+(?:on|in|via|by|over)\s+(?:the\s+)?(?:phone|call|wechat|whatsapp|slack|text|sms|chat|teams))|sent\s+(?:\w+\s+){1,2}(?:the|our|an?)\s+(?:(?:revised|updated|new|final|signed|draft|formal|amended|redlined|full|detailed|latest)\s+)?(?:proposal|quote|quotation|deck|contract|pricing|price\s+list|brochure|slides|nda|sow|msa|sla|invoice|documents?|agreement|order\s+form|po|rfp\s+response|redlines?)|sent\s+(?:(?:him|her|them|us|me|over|out|across|back)\s+)?(?:an?\s+|the\s+|our\s+|my\s+|their\s+|his\s+|her\s+)?(?:(?:revised|updated|new|final|signed|draft|formal|amended|redlined|full|detailed|latest|requirements?|security|technical|pricing|reference)\s+)?(?:e-?mail|mail|proposal|quote|quotation|deck|contract|pricing|price\s+list|brochure|slides|documents?|docs?|nda|sow|msa|sla|invoice|agreement|order\s+form|po|redlines?|questionnaire|specs?|rfp|rfq))\b|邮件(?:里|中|上)(?:说|讲|提|问)|发来(?:的)?邮件|收到[^，,。;；]{0,12}?邮件|邮件|电邮|来邮|回邮|发了?(?:封)?邮|发了?(?:一?份|个)?(?:方案|报价单?|合同|资料|材料|建议书|PPT|ppt|文档|介绍)|(?:方案|报价单?|合同|资料|材料|建议书)(?:已经?|都)发(?:了|过去了?|出去了?)?(?![^，,。；;]{0,4}?(?:微信|短信|钉钉))/iu,
  ],
  [
    "meeting",
    /\b(?:met|meet|meets|meeting|meetings|mtgs?|sat\s+down\s+with|lunch|dinner|breakfast|coffee|drinks|demo(?:ed|'d|s)?(?!\s*(?:环境|账号|账户|版|站|视频|系统|链接|地址)|\s*(?:env|environment|account|link|video|site|instance|server)\b)|zoom(?:ed)?|workshop|catch(?:ing)?[- ]up|caught\s+up|sync(?:ed|'d)?|check-in\s+meeting|presentation|presented|kick-?off|qbrs?|ebrs?|(?:quarterly|executive)\s+business\s+review|one[- ]on[- ]one|huddle|whiteboard(?:ing)?\s+session|(?:working\s+|strategy\s+|planning\s+|discovery\s+|productive\s+|great\s+|good\s+|long\s+|training\s+|design\s+)?session\s+with)\b|\b(?:working\s+|strategy\s+|planning\s+|discovery\s+|productive\s+|training\s+|design\s+)?session\s+w\/|(?<![\d:])\b1:1\b(?![\d:])|开[了过]?(?:个|一个|次|几次|一上午|一下午|一天|半天|整天|一整天|两个小时|一小时|几个小时)?(?:的)?(?:短|小|长|临时|紧急|简短)?会(?![员计所场费])|开完会|开会|开[了过完](?:个|一个|次)?(?!电话)[\p{Script=Han}]{1,4}?会(?![员计所场费])|会开完|会开了|(?<![每这本上下一])周会(?![去来签给再有是要把在不能])|例会|晨会|复盘会|评审会|碰了?(?:个|一下|次)?头|见了?(?:一|个)面|(?<![没未])见过(?!面)|(?:约|请)?饭(?:也)?吃了|会议|见面|见了面|见了|面谈|面聊|碰了?(?:个|一下|次)?面|碰头|约见|会面|在(?:咖啡厅|咖啡馆|咖啡店|星巴克|瑞幸|餐厅|饭店|饭馆|茶楼|茶馆|茶室|酒店|酒吧)[^，,。;；]{0,6}?(?:聊|谈|坐|见)|吃[了完过]?(?:个|顿|一顿)?(?:午|晚|早|便|工作)?饭|吃饭|饭局|请客|喝[了完过]?(?:个|杯|顿|点)?(?:茶|咖啡|酒)|喝茶|喝酒|唱[了过完]?(?:K|k|歌)|打[了过完]?(?:场|一场)?(?:高尔夫|羽毛球|网球)|线下聊|演示|交流会|(?:做|进行|搞|办|上)了?(?:个|一个|一次|一场|两场|场|次)?(?:产品|系统|操作|使用|技术|上线|用户|现场)?培训|培训了|(?<=[给为帮])[^，,。；;]{1,10}?培训|研讨会|(?:启动|评审|沟通|协调|对接|推进|汇报|方案|需求|技术|项目|验收|培训|答疑|宣讲|说明|碰头|复盘)大?会(?![员计所场费])|做了?(?:个|一个|一次|次)?(?:技术|业务|产品|方案|深入|深度)?交流|技术交流|(?:洽|商|会|面)谈|(?:谈|聊)了(?:[一二两三四五六七八九十几半\d]+)?(?:个多?)?(?:上午|下午|晚上|整天|小时|钟头)|当面(?:谈|聊|沟通)|路演|谈判(?=了|完|过)|(?:进行|参加|开|做)了?(?:一轮|一次|一场|几轮|两轮)?(?:商务|价格)?谈判|(?<=(?:跟|和|与)[^，,。；;]{1,12}?)谈判(?!中|阶段|期)/iu,
  ],
  // "spent the morning at Fabrikam", "spent 2 hours with Globex going over pricing": time spent at / with a customer
  ["visit", new RegExp(String.raw`\bspent\s+${SPENT_TIME}\s+(?:at|on[- ]?site\s+at)\b`, "iu")],
  ["meeting", new RegExp(String.raw`\bspent\s+${SPENT_TIME}\s+with\b`, "iu")],
];

/**
 * Two-character call verbs that are unambiguous even when jieba glues them to the word before
 * (a company or role name: "X采购来电"). They are read on the raw text, not on word edges;
 * only a following 电脑/电视/电商… ("未来电商", "回电脑前") makes the 电 part of another word.
 */
export const GLUED_CALL = /(?<![未将])(?:来电|致电|回电|去电|电联)(?![脑器视影商力池子梯动压流量源站网费竞])/gu;
