import { stripCompanySuffix } from "../../domain/shared/search-key.js";
import { uniqueBy } from "../unique-by.js";
import { canView } from "../../domain/users/permissions.js";
import type { ParsedSentence } from "../parse/types.js";
import type { TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import type { Reply } from "../types.js";
import { ask } from "./ask.js";
import { type CompanyLookup, findCompanyInText } from "./find-company.js";
import type { CompanyMention } from "../../domain/companies/company-mentions.js";
import { findContactIn, fitsHint, surnameOfTitled } from "./find-contact.js";
import { lowercaseProspect } from "../parse/lowercase-prospect.js";
import { recentlyAskedAbout } from "./asked-about.js";
import { homophoneOf, spelledAlike, typoOf } from "./spelled-alike.js";
import type { LogDraft, LogPatch } from "./log-draft.js";
import { clauseOfCompany } from "./clause-of-company.js";
import { namesToMask } from "./names-to-mask.js";
import { parseSentence } from "../parse/parse-sentence.js";

/** How long the customer just logged on stays the likely subject of the next sentence. */
const RECENT_CONTEXT_MS = 30 * 60_000;

/** newContact: a person the sentence names who is not a contact yet (offered after the log, never blocking it). */
export type Resolution =
  | { kind: "ready"; draft: LogDraft; newContact?: string }
  | { kind: "asked"; replies: Reply[] }
  /** the sentence says it was all of them: logged once per customer, unasked */
  | { kind: "each"; companyIds: string[] };

/**
 * Settles company, contact and deal for a sentence. Anything uncertain becomes a question
 * with buttons; the draft (and the user's earlier answers) ride along in the pending question.
 */
export async function resolveLogTargets(
  ctx: TurnContext,
  draft: LogDraft,
  parsed: ParsedSentence,
  /** The known companies named in draft.text (CompanyService.mentionedIn). */
  mentions: readonly CompanyMention[],
): Promise<Resolution> {
  const settled: LogDraft = { ...draft };
  const question = (text: string, options: { label: string; patch: LogPatch }[], yesNo = false) =>
    ask(ctx, "log", text, settled, options, { yesNo }).then((replies) => ({ kind: "asked" as const, replies }));

  if (!settled.companyId && !settled.createCompany) {
    const found = await findCompany(ctx, parsed, draft.text, mentions);
    // "Conotso called", "腾迅那边下午见了面", "Fabrikam NJ site visit": the one customer offered is a keyboard slip or
    // an input method's homophone away, or is named with a place after it; it is that customer (the reply names a
    // slip, and Undo puts it right)
    const slipped = found.kind === "many" && found.unknown && found.options.length === 1 ? found.options[0]! : null;
    const misspelt = slipped && found.kind === "many" && found.unknown ? slipKind(found.unknown, slipped.label) : null;
    if (found.kind === "many" && slipped && misspelt) {
      Object.assign(settled, slipped.patch);
      if (misspelt === "typo") settled.readAs = asTyped(draft.text, found.unknown!.split(/\s+/u)[0]!);
      if (misspelt === "homophone") settled.readAs = found.unknown!;
    } else if (found.kind === "many") {
      const create = found.unknown ? [{ label: M.createAndLog[ctx.locale](found.unknown), patch: { createCompany: found.unknown } }] : [];
      const text = found.query ? M.whichOne[ctx.locale](ctx.locale === "zh" ? "客户" : "company", found.query) : M.whichCompany[ctx.locale]();
      const all = eachCompanyIds(found, parsed, draft.text, mentions);
      const held = (focus: string) => {
        const own = parseSentence(focus, { now: new Date(draft.receivedAt), timezone: ctx.timezone, names: namesToMask(draft.text, mentions) });
        return own.activity !== null && !own.planned;
      };
      // ("…one of them wants a demo, forgot which", "其中一家下周要来": what follows is one customer's, unknown which: asked)
      if (all && !found.unknown && !ONE_OF_THEM.test(draft.text) && (saysAllOfThem(draft.text, mentions, all) || eachHeldOwn(draft.text, mentions, all, held)))
        return { kind: "each", companyIds: all };
      const each = all ? [{ label: M.logOnEach[ctx.locale](all.length), patch: { eachCompany: all } }] : [];
      return question(text, [...found.options, ...each, ...create]);
    }
    if (found.kind === "one") Object.assign(settled, found.patch);
    // "去阿里西溪园区": a site of one known customer, named by its short name
    const site = found.kind === "unknown" ? await customerOfSite(ctx, found.name) : null;
    // "打了三次美地都没人接": the unknown name is a homophone of one known customer, logged on it and said so
    const homophoneName = !site && found.kind === "unknown" ? await homophoneNamed(ctx, found.name) : null;
    if (site) settled.companyId = site.id;
    else if (homophoneName) Object.assign(settled, { companyId: homophoneName.id, readAs: asTyped(draft.text, homophoneName.written) });
    else if (found.kind === "unknown") {
      // "met the Initrode team at re:Invent booth": the name after the contact verb is the likelier customer
      const named = ctx.locale === "en" ? lowercaseProspect(draft.text) : null;
      if (named && named.toLowerCase() !== found.name.toLowerCase()) {
        const both = [named, found.name].map((n) => ({ label: M.createAndLog[ctx.locale](n), patch: { createCompany: n } as LogPatch }));
        return question(M.whichCompany[ctx.locale](), both);
      }
      const create = { label: M.createAndLog[ctx.locale](found.name), patch: { createCompany: found.name } };
      // "ping Lucius re: …" right after a note on Wayne Enterprises: Lucius may well be someone there.
      const recent = await lastLoggedCompany(ctx);
      if (recent)
        return question(M.unknownCompanyOrRecent[ctx.locale](found.name, recent.name), [create, { label: recent.name, patch: { companyId: recent.id } }]);
      return question(M.unknownCompany[ctx.locale](found.name), [create], true);
    }
    // "跟华为开完会了" then "对了，他们说预算200万不变，下周五前出方案": "they" are the customer just logged
    // (only when no customer at all is named: "Globex referred us to a prospect, call them Monday" is asked)
    // "called initrode, they want a demo": a prospect typed in lower case is offered like a capitalized one
    // (and "they" are that prospect, not the customer logged before)
    const worthLogging = loggable(parsed, draft.text);
    const prospect = found.kind === "none" && worthLogging && ctx.locale === "en" ? lowercaseProspect(draft.text) : null;
    const nothingNamed = found.kind === "none" && found.passing.length === 0 && !prospect && worthLogging;
    const continued = nothingNamed && BACK_REFERENCE.test(draft.text) ? await lastLoggedCompany(ctx) : null;
    // "华为那单怎么样了" then "好的 下周一去拜访他们": the customer just asked about, when asked after the last log
    const askedAbout = nothingNamed ? await recentlyAskedAbout(ctx) : null;
    if (askedAbout && (!continued || askedAbout.wallAt >= continued.at.getTime())) settled.companyId = askedAbout.companyId;
    else if (continued) settled.companyId = continued.id;
    else if (found.kind === "none") {
      // A competitor named alone is offered, never logged on silently; so are the rep's recent customers.
      // ...when the sentence has something to log: "今天天气不错" gets the hint, not a list of customers.
      const recent = worthLogging ? (await recentCompanies(ctx)).filter((c) => !found.passing.some((p) => p.id === c.id)) : [];
      // "腾迅 电话沟通": a known customer written with a homophone comes first among the choices.
      const heard = worthLogging ? await ctx.domain.companies.soundingLike(draft.text) : [];
      // "called globx, no answer": a known customer spelled nearly so comes first, beside creating the new name
      const spelled = prospect ? await spelledLike(ctx, prospect) : [];
      // "mtg w/ initch next tues", "contosso +10k": one known customer a keyboard slip away is that customer; the reply
      // names it, and Undo or "sorry, I meant …" put it right
      // "阿里吧吧 周五下午3点 电话会": the one customer heard in the sentence, a character of its name in its place
      const homophone = heard.length === 1 && found.passing.length === 0 && worthLogging && homophoneOf(heard[0]!.written, heard[0]!.name) ? heard[0]! : null;
      const slip = homophone
        ? { company: homophone, word: homophone.written }
        : heard.length === 0 && found.passing.length === 0 && worthLogging && ctx.locale === "en"
          ? prospect !== null && spelled.length === 1 && typoOf(prospect, spelled[0]!.name)
            ? { company: spelled[0]!, word: prospect.split(/\s+/u)[0]! }
            : await mistypedCustomer(ctx, draft.text)
          : null;
      if (slip) Object.assign(settled, { companyId: slip.company.id, readAs: asTyped(draft.text, slip.word) });
      else {
        const choices = uniqueBy([...spelled, ...heard, ...found.passing, ...recent], (c) => c.id).slice(0, 5);
        // "emailed Dunder Mifflin the proposal": two capitalised words may be a person or a company; with no
        // customer named, the name is also offered as a new customer.
        const maybeCompany = parsed.contactHints.find((name) => /^\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)+$/u.test(name)) ?? prospect;
        const create = maybeCompany ? [{ label: M.createAndLog[ctx.locale](maybeCompany), patch: { createCompany: maybeCompany } as LogPatch }] : [];
        // "spoke to Bob, he'll get back to us" with no customer named or recent: the rep is asked, and the
        // customer's name typed next logs it (confirm-by-text.ts answerByName); nothing to log at all is not understood
        if (choices.length === 0 && create.length === 0)
          return parsed.activity || (parsed.followUp && worthLogging) || CUSTOMER_SAID.test(draft.text)
            ? question(M.whichCompanyByName[ctx.locale](), [])
            : { kind: "asked", replies: [{ text: M.notUnderstood[ctx.locale]() }] };
        // "called hooli, they want a demo": the one new name offered is a yes/no question ("ok" creates it)
        if (choices.length === 0 && maybeCompany) return question(M.unknownCompany[ctx.locale](maybeCompany), create, true);
        const known = choices.map((c) => ({ label: c.name, patch: { companyId: c.id } as LogPatch }));
        // "met w/ Massive Dynamic today": the prospect the contact verb names comes before the rep's recent customers
        // (a known customer it nearly spells still comes first)
        const prospectFirst = prospect !== null && maybeCompany === prospect && spelled.length === 0;
        return question(M.whichCompany[ctx.locale](), prospectFirst ? [...create, ...known] : [...known, ...create]);
      }
    }
  }

  // The customer's open deals are read while its people are (two round trips at once on PostgreSQL).
  const openDeals = settled.companyId && settled.dealId === undefined ? ctx.domain.deals.openDealsOf(settled.companyId) : null;
  // Not awaited when a question about the contact comes first: its failure must not go unhandled.
  openDeals?.catch(() => undefined);
  let newContact: string | undefined;
  if (settled.companyId && !settled.contactId && !settled.skipContact) {
    const person = await findContactIn(ctx, settled.companyId, parsed, draft.text);
    if (person.kind === "one") settled.contactId = person.contactId;
    if (person.kind === "unknown") newContact = person.name;
    if (person.kind === "many") {
      const options: { label: string; patch: LogPatch }[] = person.options.map((o) => ({ label: o.label, patch: { contactId: o.id } }));
      options.push({ label: M.noContact[ctx.locale](), patch: { skipContact: true } });
      return question(M.whichOne[ctx.locale](ctx.locale === "zh" ? "联系人" : "contact", person.query), options);
    }
  }
  // A new customer has no contacts yet: whoever the sentence names is offered after the log.
  if (settled.createCompany && !settled.skipContact) newContact = parsed.contactHints[0];

  if (settled.companyId && openDeals) {
    // Deals the user may not see are left out: the note is then kept on the company, not refused.
    const open = await openDeals;
    const deals = open.filter((d) => canView(ctx.actor, { ownerId: d.ownerId, ownerTeamId: d.teamId }));
    // Someone else's deal, out of this user's sight: a figure said here must not open a duplicate beside it.
    if (deals.length === 0 && open.length > 0) {
      settled.dealId = null;
      settled.othersDeal = true;
    }
    if (deals.length === 1) settled.dealId = deals[0]!.id;
    if (deals.length > 1) {
      const options = deals.map((d) => ({ label: `#${d.number} ${d.title}`, patch: { dealId: d.id } as LogPatch }));
      options.push({ label: ctx.locale === "zh" ? "不关联商机" : "No deal", patch: { dealId: null } });
      const company = await ctx.domain.companies.get(settled.companyId);
      return question(M.whichOne[ctx.locale](ctx.locale === "zh" ? "商机" : "deal", company.name), options);
    }
  }
  return { kind: "ready", draft: settled, ...(newContact ? { newContact } : {}) };
}

type Lookup = CompanyLookup;

// More people of one surname than fit on a question are no clue to the customer.
const TITLED_CANDIDATES = 5;

/** Companies named in the text first; then a person we know ("张总", "John Smith") tells us the company. */
async function findCompany(ctx: TurnContext, parsed: ParsedSentence, text: string, mentions: readonly CompanyMention[]): Promise<Lookup> {
  const named = await findCompanyInText(ctx, parsed, text, mentions);
  if (named.kind === "one" || named.kind === "many") return named;
  for (const hint of parsed.contactHints) {
    const found = await ctx.domain.contacts.search(hint);
    if (found.kind === "one") return { kind: "one", patch: { companyId: found.match.companyId, contactId: found.match.id } };
    if (found.kind === "many") {
      return {
        kind: "many",
        query: hint,
        options: found.matches.map((c) => ({ label: `${c.name} (${c.company.name})`, patch: { companyId: c.companyId, contactId: c.id } })),
      };
    }
    // "跟张总通了电话": 张总 is a 张 among our contacts; one → that customer, a few → ask which.
    const surname = surnameOfTitled(hint);
    if (!surname) continue;
    const people = await ctx.domain.contacts.withSurname(surname, TITLED_CANDIDATES + 1);
    if (people.length > TITLED_CANDIDATES) continue;
    const fits = people.filter((p) => fitsHint(p.name, hint));
    if (fits.length === 1) return { kind: "one", patch: { companyId: fits[0]!.companyId, contactId: fits[0]!.id } };
    if (fits.length > 1) {
      return {
        kind: "many",
        query: hint,
        options: fits.map((p) => ({ label: `${p.name} (${p.companyName})`, patch: { companyId: p.companyId, contactId: p.id } })),
      };
    }
  }
  // Full names without a title ("李雷", "John Smith") are not extracted as hints, but a known contact is.
  const people = await ctx.domain.mentions.contacts(parsed.summary);
  if (people.length === 1) return { kind: "one", patch: { companyId: people[0]!.companyId, contactId: people[0]!.id } };
  if (people.length > 1) {
    const companies = await ctx.domain.companies.namesOf(people.map((p) => p.companyId));
    const companyName = (id: string) => companies.find((c) => c.id === id)?.name ?? "";
    return {
      kind: "many",
      query: people.map((p) => p.name).join("/"),
      options: people.map((p) => ({ label: `${p.name} (${companyName(p.companyId)})`, patch: { companyId: p.companyId, contactId: p.id } })),
    };
  }
  return named;
}

const MOST_EACH = 5;

/** "今天和小米、京东开了个三方会议", "Globex & Contoso both emailed today": a word that takes in every one named. */
const PIECE = /[^，,。;；!！?？\n]+/gu;
const ONE_OF_THEM =
  /其中(?:一|有一)(?:家|个|方)|有一家|(?:是|不知道|不记得|记不清)哪(?:一)?家|\b(?:one\s+of\s+(?:them|the\s+two|those)|(?:not\s+sure|forgot|don['’]?t\s+know|can['’]?t\s+remember)\s+(?:which|who))\b/iu;
const ALL_OF_THEM = /都|两家|三家|几家|各自|分别|一起|三方|双方|\b(?:both|all\s+(?:two|three|of\s+them)|together|joint(?:ly)?|separate(?:ly)?|each)\b/iu;

/**
 * What joins names said together: "Contoso and Fabrikam", "contoso + fabrikam", "阿里和腾讯", "腾讯、小米" (a comma
 * may end a clause instead: "called Acme Corp, Globex wants a demo"; "or" says one of them).
 */
const JOINED = /^\s*(?:and|&|\+|\/|、|和|与|跟|及|以及)\s*$/iu;
/** "Called Initech, Contoso and Fabrikam": a comma inside a list that ends with "and" (", and" too). */
const LISTED = /^\s*[,，]\s*$/u;
const LIST_END = /^\s*,?\s*(?:and|&)\s*$/iu;

/**
 * The sentence says the same of every customer named: each named once, all in one clause with the word that takes
 * them in, or joined to each other ("emailed contoso and fabrikam the invite", "跟阿里和腾讯开了个三方会");
 * "腾讯和阿里都在比价，下周一前给腾讯发报价" names 腾讯 again for what is its own, "跟华为开了会，他们和小米都在用竞品"
 * met 华为 alone: both asked.
 */
function saysAllOfThem(text: string, mentions: readonly CompanyMention[], ids: readonly string[]): boolean {
  const spans = ids.map((id) =>
    uniqueBy(
      mentions.filter((m) => m.id === id),
      (m) => m.start,
    ),
  );
  // "在展会上碰到了比亚迪和华为的人，…比亚迪那边对新品有兴趣，华为那个还是老熟人": named together, then a word on each
  // (one named again alone, "腾讯和阿里都在比价，下周一前给腾讯发报价", is asked)
  const again = spans.every((s) => s.length > 1);
  if (!again && spans.some((s) => s.length !== 1)) return false;
  const named = spans.map((s) => s[0]!).sort((a, b) => a.start - b.start);
  const gaps = named.slice(1).map((m, i) => text.slice(named[i]!.end, m.start));
  const list = gaps.length > 1 && LIST_END.test(gaps.at(-1)!) && gaps.slice(0, -1).every((gap) => LISTED.test(gap));
  if (list || gaps.every((gap) => JOINED.test(gap))) return true;
  if (again) return false;
  // (a list's 、 joins the names, so the pieces are cut at stronger marks only; "spoke w/ Richard at Pied Piper and Bob at
  // Initech, separate calls": the word taking them in may follow)
  const inPiece = (m: RegExpMatchArray, at: number) => at >= (m.index ?? 0) && at < (m.index ?? 0) + m[0].length;
  const piece = [...text.matchAll(PIECE)].find((m) => inPiece(m, named[0]!.start));
  return piece !== undefined && named.every((m) => inPiece(piece, m.start)) && ALL_OF_THEM.test(text.slice(piece.index ?? 0));
}

/**
 * "昨天拜访了顺丰，又去了比亚迪", "今天上午先去了小米，下午又跑了京东": each customer in clauses of its own, each with an
 * activity held there: one logged on each, unasked.
 */
function eachHeldOwn(text: string, mentions: readonly CompanyMention[], ids: readonly string[], held: (focus: string) => boolean): boolean {
  return ids.every((id) => {
    const focus = clauseOfCompany(text, mentions, id);
    return focus !== null && held(focus);
  });
}

/**
 * "京东和阿里巴巴都打了电话", "今天跑了三家：腾讯、京东、小米": several customers named, each the same
 * thing done, so "each of them" is a choice too (null when not). Not with an amount: whose would it be?
 */
function eachCompanyIds(found: Extract<Lookup, { kind: "many" }>, parsed: ParsedSentence, text: string, mentions: readonly CompanyMention[]): string[] | null {
  const ids = found.options.map((o) => o.patch.companyId);
  // Each named in full, or by a short name that is its alone ("阿里和京东都问了…"): "跟张三通了电话" with 张三科技 and
  // 张三物流 is one customer, which of two.
  const written = text.toLowerCase();
  const alone = (id: string) => mentions.some((m) => m.id === id && !mentions.some((o) => o.id !== id && o.start === m.start));
  const onlyCompanies = found.options.every(
    (o) => o.patch.companyId && !o.patch.contactId && (written.includes(o.label.toLowerCase()) || alone(o.patch.companyId)),
  );
  if (found.query || !onlyCompanies || parsed.amount || ids.length < 2 || ids.length > MOST_EACH) return null;
  return ids as string[];
}

/** An activity, a date ahead, an amount, a stage, a person or a customer's words: something a customer is needed for ("今天" alone is not). */
function loggable(parsed: ParsedSentence, text: string): boolean {
  // "ugh long weekend lol": a day named in chit-chat is nothing to log
  const chat = !parsed.activity && !parsed.amount && !parsed.stageHint && !parsed.wantsQuote && CHIT_CHAT.test(text) && !TASK_WORD.test(text);
  return Boolean(
    parsed.activity ||
      (parsed.followUp && !chat) ||
      parsed.amount ||
      // "Globx cut scope, deal down 25%": a share of the deal's value moved is news to log
      parsed.amountShare ||
      parsed.stageHint ||
      parsed.wantsQuote ||
      parsed.contactHints.length > 0 ||
      CUSTOMER_SAID.test(text) ||
      TALKED.test(text),
  );
}

/** "刚跟他们CTO聊完 技术上没问题了", "just talked to their CTO": a talk held with someone of a customer, which to be asked. */
const TALKED =
  /(?:跟|和|与)(?:他们|她们|对方|客户|甲方)[^，,。；;]{0,8}?(?:聊|谈|沟通|交流)(?:完|了|过)|\b(?:talked|spoke|chatted|caught\s+up)\s+(?:to|with|w\/)\s*(?:their|them|the\s+(?:client|customer))\b/iu;

/** A step to take, which a laugh beside it does not make chat ("lol follow up monday"). */
const TASK_WORD = /\b(?:follow|f\/u|call|ping|send|e-?mail|meet|remind|check|chase|visit)\b|跟进|联系|电话|发|约|拜访|提醒|回复/iu;
/** Laughs and sighs: a message that has them and no business word is chat. */
const CHIT_CHAT = /\b(?:lol|lmao|haha+|hehe|ugh+|meh|omg|yay)\b|哈哈|呵呵|嘿嘿|唉|好累|累死|😂|🤣|😅|😭/iu;

/** "客户说预算不够 先放一放", "client said they're going with a competitor": what the customer said is worth a note. */
const CUSTOMER_SAID =
  /(?:客户|对方|甲方)(?:那边)?(?:说|反馈|表示|觉得|认为|希望|要求|提出|答复|回复)|\b(?:the\s+)?(?:customer|client|prospect|buyer)\s+(?:said|says|mentioned|told\s+us|wants?|asked|replied|feels|thinks)\b|\b(?:their|the)\s+(?:ceo|cfo|cto|cio|coo|vp|buyer|procurement|legal|boss|founder|owner)\s+(?:said|says|wants?|asked|told\s+(?:me|us))\b/iu;

/** Words that point back at the customer of the message before: they, them, 他们, 对方, 对了, "oh and", "also". */
const BACK_REFERENCE =
  /\b(?:they|them|their|they'?re|they'?ll|they'?ve)\b|他们|她们|对方|人家|^\s*(?:对了|还有|另外|补充一下|补充|忘了说|忘记说了?|刚才忘了(?:说)?)|^\s*(?:oh\s+and|and\s+also|also|plus|btw|p\.?s\.?)\b/iu;

/**
 * The customer the user logged on in the last half hour. Rows are stamped on the database's wall clock, so
 * the half hour is measured on it too (a bot on a fixed clock, as in acceptance runs, would see every row as
 * recent or none).
 */
function lastLoggedCompany(ctx: TurnContext) {
  return ctx.domain.deals.lastLoggedCompany(ctx.actor.userId, new Date(Date.now() - RECENT_CONTEXT_MS));
}

/** Known customers whose names the prospect's name nearly spells (the fuzzy company search, spelled-alike.ts). */
async function spelledLike(ctx: TurnContext, name: string): Promise<{ id: string; name: string }[]> {
  const found = await ctx.domain.companies.search(name);
  const matches = found.kind === "one" ? [found.match] : found.kind === "many" ? found.matches : [];
  return matches.filter((c) => spelledAlike(name, c.name)).map((c) => ({ id: c.id, name: c.name }));
}

const NAME_PLACE = /(?:^\s*|\b(?:w\/|with|to|at|for|from|called|emailed|met|visited|pinged|re:?)\s+)([A-Za-z]{5,})\b/giu;

/** "contosso +10k", "globx bumped to 95k": the one known customer a word of the message is a keyboard slip of. */
async function mistypedCustomer(ctx: TurnContext, text: string): Promise<{ company: { id: string; name: string }; word: string } | null> {
  // only where a name goes: opening the message, or after a word that introduces one ("w/ contosso"), so an
  // ordinary word a letter away from a customer's name ("globe" / Globen) elsewhere is no customer
  const words = [...new Set([...text.matchAll(NAME_PLACE)].map((m) => m[1]!))].slice(0, 4);
  const found: { company: { id: string; name: string }; word: string }[] = [];
  for (const word of words) {
    // (two customers spelled alike, "Globex" and "Globen", leave the word to a question)
    const alike = await spelledLike(ctx, word);
    const company = alike.length === 1 ? alike[0]! : null;
    if (company && typoOf(word, company.name) && !found.some((f) => f.company.id === company.id)) found.push({ company, word });
  }
  return found.length === 1 ? found[0]! : null;
}

/** The one known customer a Chinese name written is a homophone of ("美地" / 美的集团), or null. */
async function homophoneNamed(ctx: TurnContext, written: string): Promise<{ id: string; written: string } | null> {
  // ("美地集团": the name's own short form is what sounds alike)
  const short = stripCompanySuffix(written);
  if (!/^\p{Script=Han}{2,6}$/u.test(short)) return null;
  const heard = (await ctx.domain.companies.soundingLike(short)).filter((h) => h.written === short && homophoneOf(h.written, h.name));
  return heard.length === 1 ? { id: heard[0]!.id, written: short } : null;
}

/** How a name written differs from the one known customer offered for it, when it is plainly that customer. */
function slipKind(written: string, known: string): "typo" | "homophone" | "place" | null {
  if (typoOf(written, known)) return "typo";
  if (homophoneOf(written, known)) return "homophone";
  return placeAfterName(written, known) ? "place" : null;
}

/**
 * "Fabrikam NJ", "Globex HQ", "Tencent America", "BYD North America": the name the search matched to the one customer
 * offered, then where at that customer.
 */
const PLACE_AT_CUSTOMER =
  /^(?:[A-Z]{2,3}|hq|office|offices|team|site|plant|factory|warehouse|branch|campus|(?:north\s+|south\s+|latin\s+)?america|americas|usa?|china|europe|asia|apac|emea|global|international|japan|india|germany|france|canada|australia|singapore|korea)$/iu;
/** The one known customer whose short name (two to four characters) opens a site's name ("阿里西溪园区" → 阿里巴巴). */
async function customerOfSite(ctx: TurnContext, written: string): Promise<{ id: string; name: string } | null> {
  if (!/^\p{Script=Han}+$/u.test(written) || !SITE_ZH.test(written)) return null;
  const chars = [...written];
  for (const n of [4, 3, 2]) {
    if (chars.length <= n + 2) continue;
    const found = await ctx.domain.companies.search(chars.slice(0, n).join(""));
    if (found.kind === "one" && [...found.match.name].slice(0, 2).join("") === chars.slice(0, 2).join("")) return found.match;
  }
  return null;
}

/** "阿里西溪园区", "腾讯滨海大厦": a known customer's short name, then one of its sites. */
// ("腾讯海外团队": a region or a team of the customer too)
const SITE_ZH = /(?:园区|大厦|大楼|总部|分公司|办公室|工厂|基地|门店|厂区|研发中心|海外|国际|华东|华南|华北|华西|团队)$/u;
function placeAfterName(written: string, known: string): boolean {
  if (/^\p{Script=Han}+$/u.test(written) && SITE_ZH.test(written)) return [...written].slice(0, 2).join("") === [...known].slice(0, 2).join("");
  const words = written.trim().split(/\s+/u);
  for (const n of [1, 2]) {
    if (words.length <= n) continue;
    const place = words.slice(-n).join(" ");
    const named = words.slice(0, -n).join(" ");
    if (
      PLACE_AT_CUSTOMER.test(place) &&
      (/^[A-Z]{2,3}$/u.test(place) || /[a-z]/u.test(place) || n === 2) &&
      (named.toLowerCase() === known.toLowerCase() || /^[A-Za-z]/u.test(named))
    )
      return true;
  }
  return false;
}

/** The word as the user typed it (a prospect's name may come back capitalised). */
function asTyped(text: string, word: string): string {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  return at >= 0 ? text.slice(at, at + word.length) : word;
}

/** The user's customers: the likely answers to "which customer?" (DealService.recentCompaniesOf says in which order). */
function recentCompanies(ctx: TurnContext) {
  return ctx.domain.deals.recentCompaniesOf(ctx.actor.userId, 5);
}
