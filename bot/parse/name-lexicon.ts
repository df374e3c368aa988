/**
 * Word lists for name extraction. Kept apart from the matching logic so the
 * lists can grow from real chat logs without touching the regexes.
 */

/** Capitalized words that are never a company or person in a sales note. */
// biome-ignore format: a word list reads best a few words a line, grouped by kind
export const EN_STOP_WORDS = new Set([
  // weekdays and months: chrono owns these
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'tomorrow', 'yesterday', 'tonight', 'next', 'last', 'this', 'that', 'these', 'those',
  'eod', 'eow', 'eom', 'asap', 'fyi', 're', 'fw', 'fwd', 'ok', 'okay', 'yes', 'no', 'thanks',
  // pronouns and determiners
  'i', 'we', 'they', 'he', 'she', 'it', 'you', 'them', 'us', 'our', 'their', 'his', 'her', 'my',
  'me', 'him', 'its', 'your', 'the', 'a', 'an', 'someone', 'everyone', 'anyone',
  // roles and CRM vocabulary
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'vp', 'svp', 'evp', 'director', 'manager', 'head',
  'procurement', 'purchasing', 'finance', 'legal', 'it', 'hr', 'ops', 'sales', 'marketing',
  'team', 'client', 'customer', 'customers', 'lead', 'deal', 'call', 'meeting', 'email',
  'budget', 'quote', 'proposal', 'contract', 'po', 'rfp', 'rfq', 'sow', 'nda', 'demo', 'follow',
  'am', 'pm', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'usd', 'cny', 'rmb', 'eur', 'hkd',
  'zoom', 'teams', 'slack', 'wechat', 'linkedin',
  // meeting and sales acronyms: "for the QBR" names a meeting, not a customer
  'qbr', 'ebr', 'mbr', 'poc', 'pov', 'msa', 'sla', 'kpi', 'okr', 'okrs', 'roi', 'tco', 'mvp', 'soc2', 'soc', 'gdpr', 'iso',
  'crm', 'erp', 'api', 'sdk', 'saas', 'demo', 'webinar', 'kickoff', 'kick-off', 'onboarding', 'workshop', 'training', 'pilot', 'trial',
  'hq', 'office', 'eoq', 'eoy', 'cob', 'tbd', 'tba', 'ooo', 'pto',
  // sales roles and shorthand: "pushing it to the EB", "bring the SE"
  'eb', 'se', 'ae', 'sdr', 'bdr', 'csm', 'dm',
]);

/** Words that start a job title, so "Jill VP Marketing" is Jill with the title "VP Marketing". */
// biome-ignore format: a word list reads best a few words a line, grouped by kind
export const EN_TITLE_WORDS = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'ciso', 'vp', 'svp', 'evp', 'avp', 'director', 'manager', 'head', 'chief',
  'president', 'founder', 'cofounder', 'co-founder', 'owner', 'partner', 'chairman', 'chair', 'buyer', 'lead', 'engineer',
  'architect', 'consultant', 'analyst', 'officer', 'assistant', 'secretary', 'intern', 'sales', 'procurement', 'purchasing',
  'senior', 'sr', 'junior', 'jr', 'principal', 'general', 'gm', 'md', 'it', 'hr', 'finance', 'legal', 'marketing', 'product',
]);

export const EN_HONORIFICS = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"] as const;

// biome-ignore format: a word list reads best a few words a line, grouped by kind
export const EN_COMPANY_SUFFIXES = [
  'Ltd', 'Limited', 'Inc', 'Incorporated', 'Corp', 'Corporation', 'LLC', 'LLP', 'PLC', 'Co',
  'Company', 'GmbH', 'AG', 'SA', 'BV', 'KK', 'Group', 'Holdings', 'Technologies', 'Technology',
  'Tech', 'Labs', 'Systems', 'Solutions', 'Software', 'Bank', 'Partners', 'Capital',
  'Industries', 'Pharma', 'Logistics', 'Ventures', 'Studios', 'Consulting', 'Networks',
  // business words that end a company's name ("Northwind Traders", "Tailspin Airlines")
  'Traders', 'Trading', 'Enterprises', 'Motors', 'Foods', 'Energy', 'Media', 'Electronics', 'Services', 'Associates',
  'Manufacturing', 'Robotics', 'Dynamics', 'Analytics', 'Healthcare', 'Airlines', 'Insurance', 'Retail', 'Brands',
  'Pharmaceuticals', 'Semiconductors', 'Biotech', 'Telecom', 'Communications', 'Engineering', 'Construction',
  'Chemicals', 'Materials', 'Hotels', 'Resorts', 'Supplies', 'Distribution', 'International', 'Worldwide',
] as const;

/** The most common ~150 surnames cover the vast majority of contacts like 张总/小王. */
// biome-ignore format: a word list reads best a few words a line, grouped by kind
export const ZH_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米杭';

export const ZH_COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "东方", "慕容", "夏侯", "皇甫", "尉迟", "公孙", "令狐", "长孙"] as const;

const COMPOUND_SURNAME = new RegExp(`^(?:${ZH_COMPOUND_SURNAMES.join("|")})`, "u");

/** The surname a Chinese name starting at `at` would have: a compound one (欧阳) first, else a common single one; null if none. */
export function surnameAt(text: string, at = 0): string | null {
  return COMPOUND_SURNAME.exec(text.slice(at))?.[0] ?? (ZH_SURNAMES.includes(text[at] ?? "") ? text[at]! : null);
}

/** Longest first so 总经理 is not read as 总. */
// biome-ignore format: a word list reads best a few words a line, grouped by kind
export const ZH_TITLES = [
  '董事长', '总经理', '副总', '总监', '总裁', '总工', '经理', '主任', '主管', '老师', '先生', '女士',
  '小姐', '老板', '博士', '教授', '秘书', '助理', '部长', '处长', '科长', '局长', '院长', '校长',
  '行长', '所长', '总', '董', '工', '姐', '哥',
] as const;

/** surname+title pairs that are ordinary words (施工 = construction, 小时 = hour). */
// biome-ignore format: a word list reads best a few words a line, grouped by kind
export const ZH_CONTACT_FALSE_FRIENDS = new Set([
  '施工', '童工', '车工', '小时', '小米', '小区', '小程', '小康', '小白', '小于', '小包', '老成', '小成',
  '老路', '小路', '老毛', '小费', '老于', '老方', '小方', '小单',
]);

/** Chinese company suffixes, strong ones first; weak ones need a longer base. */
export const ZH_COMPANY_SUFFIXES_STRONG = ["股份有限公司", "有限责任公司", "有限公司", "公司", "集团"] as const;
// biome-ignore format: a word list reads best a few words a line, grouped by kind
export const ZH_COMPANY_SUFFIXES_WEAK = [
  '科技', '银行', '证券', '保险', '控股', '医院', '大学', '学院', '研究院', '研究所', '基金', '资本',
  '实业', '网络', '软件', '电子', '传媒', '贸易', '物流', '地产', '能源', '汽车', '电器', '制药',
  '药业', '信息', '智能', '数据', '电气', '通信', '股份',
] as const;

/** Words that head a clause rather than name a party: never a hint on their own. */
// biome-ignore format: a word list reads best a few words a line, grouped by kind
export const ZH_NOT_NAMES = new Set([
  '我', '我们', '咱们', '他', '她', '它', '他们', '她们', '它们', '你', '你们', '您', '客户', '对方', '大家',
  '同事', '领导', '老板', '团队', '那边', '这边', '对面', '人家', '这家', '那家', '这个', '那个', '一下',
  '一起', '甲方', '乙方', '采购', '财务', '技术', '老师', '朋友', '经理', '总监', '负责人', '销售', '老总',
  '公司', '集团', '我司', '贵司', '本公司', '该公司', '客户公司', '对方公司', '他们公司', '我们公司',
  '报价', '预算', '合同', '需求', '方案', '项目', '价格', '电话', '邮件', '会议', '今天', '明天', '昨天',
  '后天', '下周', '上周', '本周', '这周', '周末', '上午', '下午', '晚上', '中午', '早上', '老',
  // "今天太忙了 晚点再录", "有空再聊": when, not who
  '晚点', '晚些', '有空', '改天', '回头', '稍后', '等会', '一会儿',
  // "跟老婆聊了一下周末安排": family, not a customer
  '老婆', '老公', '媳妇', '家人', '家里', '孩子', '爸妈', '父母',
  '现场', '那里', '这里', '当地', '展会', '会场',
  '答复', '回复', '反馈', '消息', '资料', '结果', '意见', '答案', '回音', '样品', '发票', '报告', '文档', '演示',
  // channels: "northwind 微信说…"
  '微信', '企微', '企业微信', '钉钉', '飞书', '短信', '语音', '视频', '微信群', '群里',
  // the rep's own state: "打了一上午电话，嗓子都哑了", "脑子都转不动了"
  '嗓子', '喉咙', '脑子', '脑袋', '身体', '眼睛', '心情', '手机', '电脑', '天气', '路上', '心态',
  // "最终金额180万": words before a figure
  '最终', '最后', '总共', '一共', '合计', '总计', '目前', '现在', '一期', '二期', '三期', '二期项目', '三期项目',
]);

/**
 * Cities, countries and regions reps name as where a meeting was ("the Shanghai office",
 * "flew to London"). A run made only of these is a place, never a company; a longer name
 * that contains one ("Bank of China", "Shanghai Electric") is kept.
 */
// biome-ignore format: a word list reads best a few words a line, grouped by kind
const EN_PLACE_WORDS = new Set([
  'shanghai', 'beijing', 'shenzhen', 'guangzhou', 'hangzhou', 'suzhou', 'nanjing', 'chengdu', 'wuhan', 'tianjin', 'xiamen',
  'hong', 'kong', 'hk', 'taipei', 'macau', 'singapore', 'tokyo', 'osaka', 'seoul', 'bangkok', 'jakarta', 'manila', 'mumbai',
  'delhi', 'bangalore', 'sydney', 'melbourne', 'dubai', 'london', 'paris', 'berlin', 'munich', 'frankfurt', 'amsterdam',
  'dublin', 'madrid', 'milan', 'zurich', 'new', 'york', 'nyc', 'ny', 'sf', 'san', 'francisco', 'jose', 'diego', 'la', 'los',
  'angeles', 'boston', 'chicago', 'seattle', 'austin', 'dallas', 'houston', 'atlanta', 'miami', 'denver', 'toronto',
  'vancouver', 'montreal', 'china', 'japan', 'korea', 'india', 'germany', 'france', 'uk', 'us', 'usa', 'canada', 'europe',
  'asia', 'apac', 'emea', 'latam', 'americas', 'north', 'south', 'east', 'west', 'downtown', 'midtown', 'uptown', 'valley',
  'silicon', 'bay', 'area', 'city', 'the',
]);

export function isPlaceName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return words.length > 0 && words.every((w) => EN_PLACE_WORDS.has(w.replace(/['’.]+$/u, "")));
}
