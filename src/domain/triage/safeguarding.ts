import { CONCERN_NAMES, type ConcernKind } from './concerns';
import { readable, sourceSpan } from './normalise';
import { mayMatch } from './requiredText';
import {
  ACCIDENT_DOUBTED,
  ACCIDENT_HOW,
  ACCIDENT_WHAT,
  ALLEGED_AGAINST_THE_WRITER,
  DAYS_AGO,
  DIED,
  FIGURES_OF_SPEECH,
  HARMS,
  HYPOTHETICAL_FRAME,
  INFORMATION_REQUEST,
  INJURY,
  INNOCENT_CAUSE,
  LONG_AGO,
  NAMES_A_TOPIC,
  NO_CONCERN_RAISED,
  NO_ONE_IN_PARTICULAR,
  NOW_MARKER,
  negatedAt,
  PAST_YEAR,
  POLICY_FRAME,
  REASSURANCE,
  REPORTING,
  RESOLVED,
  SIGNPOSTING_FRAME,
  SUPPORTS,
  TEACHING,
  type HarmSignal,
  type SupportRole,
} from './safeguardingLexicon';

export interface SafeguardingFinding {
  readonly safeguarding: boolean;
  /** The kinds of concern named, most evident first. */
  readonly kinds: readonly ConcernKind[];
  /** The sender's own words that raised the flag, as they wrote them. */
  readonly quotes: readonly string[];
  /** Of `quotes`, the signs of harm themselves in the newest words, without the signs beside them. */
  readonly harms?: readonly string[];
  /** Each quoted phrase with what it suggests: `"grabbed me by the neck": possible physical harm`. */
  readonly reasons: readonly string[];
}

export interface SafeguardingOptions {
  /** The year the email arrived, so "in 2019" reads as the past. */
  readonly year?: number;
  /**
   * Earlier messages quoted under a reply (`splitEmail(...).quoted`). They are read on their
   * own and a sign there needs one more supporting sign than in the newest text
   * (`QUOTED_NEEDS`): the newest words weigh most, but a concern told in an earlier message
   * and only chased now ("any update?") is still seen.
   */
  readonly quoted?: string;
  /** The quoted earlier message is the sender's own (`quotesTheSender`): it weighs as theirs. */
  readonly quotedIsTheSenders?: boolean;
}

/** The line that says who wrote a quoted message: "On 3 May 2026, A Person wrote:", "From: …". */
const ATTRIBUTION = /^[ \t>]*(?:on\b.{3,200}\bwrote:[ \t]*$|from:.{1,200}$)/i;

/**
 * True when the first earlier message quoted in `body` is attributed to the sender (by name or
 * address): a reply chasing their own earlier report, whose words count as theirs.
 */
export function quotesTheSender(
  body: string,
  from: { readonly name?: string | undefined; readonly address: string },
): boolean {
  const name = (from.name ?? '').trim().toLowerCase();
  const address = from.address.trim().toLowerCase();
  let start = 0;
  // Only the first 400 lines are looked at: the first attribution is near the top.
  for (let n = 0; n < 400 && start < body.length; n++) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const line = body.slice(start, Math.min(end, start + 400));
    start = end + 1;
    if (!ATTRIBUTION.test(line)) continue;
    const said = line.toLowerCase();
    return (name.length >= 3 && said.includes(name)) || (address !== '' && said.includes(address));
  }
  return false;
}

/** How much text is read: the first 20,000 characters once spelled out (docs/performance.md). */
export const SAFEGUARDING_TEXT_LIMIT = 20_000;
/** How far (in characters) a supporting sign may be from the harm it supports. */
const WINDOW = 220;
/** Words that carry a matter on into the present: a past setting does not end it. */
const GOES_ON =
  /\b(?:started|starts|began|begins|ever since|since then|keeps?|still|continu\w*|to this day|lives?|living|is|are|am(?! (?:writing|emailing|contacting|sending))|has|have|does|do|will|can)\b/;

/** How far around a harm a frame (policy, hypothetical, past) is looked for. */
const FRAME_REACH = 160;
const FLAG_AT = 3;
/** How much more a sign in quoted earlier text must score than one in the newest text. */
const QUOTED_NEEDS = 1;
/** Enough signs to decide on; more only repeat (and would cost time on a pathological email). */
const MAX_HITS = 300;
const DEFAULT_SUPPORT: readonly SupportRole[] = [
  'child',
  'adult',
  'when',
  'secrecy',
  'actor',
  'setting',
  'partner',
  'distress',
];

interface Found {
  readonly from: number;
  readonly to: number;
}
interface HarmHit extends Found {
  readonly signal: HarmSignal;
}
interface SupportHit extends Found {
  readonly role: SupportRole;
  readonly label: string;
}

/**
 * Every harm pattern in a few alternations, for the quick "is there anything at all" pass.
 * A few, not one: past a size V8 stops compiling a pattern to machine code and one huge
 * alternation ran twenty times slower than these (docs/performance.md).
 */
const HARMS_PER_PASS = 6;
export const ANY_HARM: readonly RegExp[] = Array.from(
  { length: Math.ceil(HARMS.length / HARMS_PER_PASS) },
  (_, i) =>
    new RegExp(
      HARMS.slice(i * HARMS_PER_PASS, (i + 1) * HARMS_PER_PASS)
        .map((h) => `(?:${h.pattern.source})`)
        .join('|'),
    ),
);

const NOTHING: SafeguardingFinding = { safeguarding: false, kinds: [], quotes: [], reasons: [] };

/**
 * Reads `text` (an email's subject and the sender's own and forwarded words) for signs that
 * a child or an adult may be at risk of harm. Recall first: a missed concern is the worst
 * error the product can make, so signs are combined (what happened or is feared, with who,
 * when, secrecy or fear) rather than looked up as set phrases, and text-speak and
 * misspellings are spelled out first. Figures of speech, policy questions, training,
 * statistics, stories, hypotheticals, signposting and past matters already dealt with are
 * kept out.
 *
 * `findSafeguarding('my mums boyfriend grabbed me by the neck last nite. im 13')`
 *   → `{ safeguarding: true, kinds: ['physical_harm'], quotes: ['grabbed me', …], … }`
 */
export function findSafeguarding(
  text: string,
  options: SafeguardingOptions = {},
): SafeguardingFinding {
  const newest = raise(text, options.year, FLAG_AT);
  const earlier =
    options.quoted && options.quoted.trim() !== ''
      ? raise(
          options.quoted,
          options.year,
          FLAG_AT + (options.quotedIsTheSenders ? 0 : QUOTED_NEEDS),
        )
      : null;
  if (!newest && !earlier) return NOTHING;
  const kinds: ConcernKind[] = [];
  const quotes: string[] = [];
  const reasons: string[] = [];
  const quoted = new Set<string>();
  const addQuote = (span: string, why: string): void => {
    const key = span.toLowerCase();
    if (span === '' || quoted.has(key)) return;
    quoted.add(key);
    quotes.push(span);
    reasons.push(`${quoteOf(span)}: ${why}`);
  };
  let harms = 0;
  // The newest words first; what the quoted earlier messages say after them, marked as such.
  for (const [reading, where] of [
    [newest, ''],
    [earlier, ' (in an earlier message quoted in the reply)'],
  ] as const) {
    if (!reading) continue;
    const { read, raised } = reading;
    for (const r of raised) for (const k of r.kinds) if (!kinds.includes(k)) kinds.push(k);
    for (const r of raised) {
      const name =
        r.kinds.length > 0 ? r.kinds.map((k) => CONCERN_NAMES[k]).join(', ') : 'a concern';
      addQuote(sourceSpan(read, r.hit.from, r.hit.to), `${name}${where}`);
    }
    if (reading === newest) harms = quotes.length;
    for (const r of raised)
      for (const s of r.used) addQuote(sourceSpan(read, s.from, s.to), s.label);
  }
  if (newest?.childVoice || earlier?.childVoice)
    reasons.push("Written in a child's or young person's own words");
  return {
    safeguarding: true,
    kinds,
    quotes: quotes.slice(0, 8),
    harms: quotes.slice(0, harms),
    reasons: reasons.slice(0, 8),
  };
}

interface Raised {
  readonly hit: HarmHit;
  readonly kinds: ConcernKind[];
  readonly score: number;
  readonly used: SupportHit[];
}

/** The signs of harm in `text` that score at least `flagAt`, strongest first; null when none. */
function raise(
  text: string,
  year: number | undefined,
  flagAt: number,
): { read: ReturnType<typeof readable>; raised: Raised[]; childVoice: boolean } | null {
  const read = readable(text, SAFEGUARDING_TEXT_LIMIT);
  const t = blankFiguresOfSpeech(read.text);
  if (t.trim() === '') return null;

  // Most mail has no sign of harm at all: one pass over every harm pattern at once says so,
  // and then nothing else needs reading.
  if (!ANY_HARM.some((any) => mayMatch(any, t) && any.test(t))) return null;
  const harms = findHarms(t);
  if (harms.length === 0) return null;
  const supports = findSupports(t);
  const childVoice = writtenByAChild(read.source, t);
  const hasWho =
    childVoice ||
    supports.some(
      (s) =>
        (s.role === 'child' || s.role === 'adult') &&
        !A_CLASS_OF_PEOPLE.test(t.slice(s.from, s.to)),
    );
  const resolved = RESOLVED.test(t);
  const died = DIED.test(t);
  // Training and reports talk about harm without anyone at risk; so does a request for
  // information, though its writer may add their own family's situation, told in the present.
  const teaching = twoOf(TEACHING, t) || twoOf(REPORTING, t);
  const requestForFigures = INFORMATION_REQUEST.test(t);
  const noOneInParticular = NO_ONE_IN_PARTICULAR.test(t);
  const boundaries = sentenceBoundaries(t);

  const raised: Raised[] = [];
  for (const hit of harms) {
    const sentence = sentenceOf(t, boundaries, hit);
    if (isFramed(sentence, hit, { resolved, died }, year)) continue;
    if (accidentExplains(t, hit)) continue;
    if (allegedAgainstTheWriter(t, hit) && !NOW_MARKER.test(sentence)) continue;
    if ((teaching || noOneInParticular) && !NOW_MARKER.test(sentence)) continue;
    if (requestForFigures && !NOW_MARKER.test(sentence) && !GOES_ON.test(sentence)) continue;
    if (hit.signal.requires && !hit.signal.requires.test(sentence)) continue;
    if (hit.signal.unlessNear?.test(t.slice(Math.max(0, hit.from - WINDOW), hit.to + WINDOW)))
      continue;
    const needed = hit.signal.requiresRole;
    if (needed && !supports.some((s) => s.role === needed)) continue;
    const allowed = hit.signal.supportedBy ?? DEFAULT_SUPPORT;
    const near = supports.filter(
      (s) => allowed.includes(s.role) && s.to >= hit.from - WINDOW && s.from <= hit.to + WINDOW,
    );
    const roles = new Set<string>(near.map((s) => whoOrRole(s.role)));
    // Two different signs of harm close together corroborate each other ("we got out because
    // of what he did" and "he must not find out where we are").
    if (harms.some((h) => corroborates(t, h, hit))) roles.add('corroborated');
    if (hasWho && (allowed.includes('child') || allowed.includes('adult'))) roles.add('who');
    const score = hit.signal.base + Math.min(2, roles.size);
    if (score < flagAt) continue;
    // A reassurance right after a sign ("he was fine") settles anything short of the plainest.
    if (hit.signal.base < 3 && REASSURANCE.test(t.slice(hit.to, hit.to + 160))) continue;
    const kinds = kindsOf(hit, near, supports);
    const used = firstOfEachRole(near);
    raised.push({ hit, kinds, score, used });
  }
  if (raised.length === 0) return null;
  raised.sort((a, b) => b.score - a.score || a.hit.from - b.hit.from);
  return { read, raised, childVoice };
}

function quoteOf(span: string): string {
  return `"${span.length > 70 ? `${span.slice(0, 67)}…` : span}"`;
}

/** Figures of speech become spaces of the same length, so offsets still point at the source. */
function blankFiguresOfSpeech(text: string): string {
  let out = text;
  for (const figure of FIGURES_OF_SPEECH) out = out.replace(figure, (m) => ' '.repeat(m.length));
  return out;
}

function findHarms(t: string): HarmHit[] {
  const hits: HarmHit[] = [];
  for (const signal of HARMS) {
    if (!mayMatch(signal.pattern, t)) continue;
    for (const m of t.matchAll(signal.pattern)) {
      const from = m.index;
      if (m[0].length === 0) continue;
      if (signal.negatable && negatedAt(t, from)) continue;
      const to = from + m[0].length;
      if (NAMES_A_TOPIC.test(t.slice(to, to + 40))) continue;
      hits.push({ from, to, signal });
      if (hits.length >= MAX_HITS) return hits;
    }
  }
  return hits;
}

/** Another sign of harm, in other words, close by. */
function corroborates(t: string, other: HarmHit, hit: HarmHit): boolean {
  if (other.to <= hit.from - WINDOW || other.from >= hit.to + WINDOW) return false;
  if (other.from < hit.to && hit.from < other.to) return false;
  return t.slice(other.from, other.to) !== t.slice(hit.from, hit.to);
}

/** Two different words of `words` (TEACHING, REPORTING) anywhere in the text. */
function twoOf(words: RegExp, t: string): boolean {
  const seen = new Set<string>();
  for (const m of t.matchAll(words)) {
    seen.add(m[0]);
    if (seen.size >= 2) return true;
  }
  return false;
}

/**
 * Who-words that name a class, not a person ("children", "vulnerable", "carers", "school"): said
 * anywhere in an email about policy, a service or a street, so they say who is at risk only close
 * to a sign, never from anywhere in the email.
 */
const A_CLASS_OF_PEOPLE =
  /^(?:children|kids|kiddies|school|in care|looked after|vulnerable|elderly|disabled|carers?|disabilit(?:y|ies)|mental health)$/;

/** Ages under 18 are children, 65 and over adults who may have care needs. */
const AGE =
  /\b(?:i am|aged?|is|was|only|turned|just turned) (\d{1,3})\b(?! (?:pounds|quid|pence|minutes|mins|weeks|days|months|hours|percent|miles|pm|am|times|of|or|and|to|pages|people|working))|\b(\d{1,3}) ?(?:years?|yrs?|yo)(?: old)?\b|\((\d{1,2})\)/g;

/** What comes before an item's number in a list: a break, or a word that joins items. */
const LIST_LEAD = /(?:^|[\n:;,.]|\b(?:please|and|or|then|also|to))\s*$/;

function findSupports(t: string): SupportHit[] {
  const hits: SupportHit[] = [];
  for (const signal of SUPPORTS) {
    if (!mayMatch(signal.pattern, t)) continue;
    for (const m of t.matchAll(signal.pattern)) {
      if (m[0].length === 0) continue;
      if (signal.negatable && negatedAt(t, m.index)) continue;
      hits.push({
        from: m.index,
        to: m.index + m[0].length,
        role: signal.role,
        label: signal.label,
      });
      if (hits.length >= MAX_HITS * 4) return hits;
    }
  }
  // "please (1) … and (2) …" numbers a list: a number in brackets after a break or a joining
  // word, with its neighbour in the list, is no age ("Ty (3)" still is).
  const listed = t.includes('(1)') && t.includes('(2)');
  for (const m of t.matchAll(AGE)) {
    const age = Number(m[1] ?? m[2] ?? m[3]);
    if (!Number.isFinite(age) || age === 0) continue;
    if (
      listed &&
      m[3] !== undefined &&
      LIST_LEAD.test(t.slice(Math.max(0, m.index - 12), m.index)) &&
      (t.includes(`(${age + 1})`) || t.includes(`(${age - 1})`))
    )
      continue;
    const at = { from: m.index, to: m.index + m[0].length };
    if (age < 18) hits.push({ ...at, role: 'child', label: 'a child or young person' });
    else if (age >= 65 && age < 115)
      hits.push({ ...at, role: 'adult', label: 'an older adult who may have care needs' });
  }
  return hits;
}

const TEXT_SPEAK =
  /\b(?:rn|coz|cuz|cos|plz|pls|u|ur|dont|im|ive|wanna|gonna|tonite|nite|agen|hes|shes|wen|wiv|il|cant|wont|didnt|havent|havnt|hasnt|doesnt|isnt|idk|omg|lol|bc|tho|ment|thats|ppl|sum1|no1|2nite|2day|r|n|ya|bro|gonna)\b/g;
/** Home, family and school as a child names them: "my step brother", "mum", "the home". */
const FAMILY_OR_SCHOOL =
  /\b(?:my (?:(?:big|little|older|younger|step|half|foster) )?(?:mum|dad|mam|mummy|daddy|nan|nana|gran|grandma|grandad|brother|sister|uncle|aunt|auntie|cousin|mum's|dad's|carer|foster carer|social worker|teacher|head of year|friend|mate|mates|class)|mum|dad|school|year \d{1,2}|children's home|childrens home|the home|the unit|my placement)\b/;
const OWN_AGE =
  /\bi am (\d{1,2})\b(?! (?:pounds|minutes|weeks|days|months|hours|times|of))|\bi am in year (\d{1,2})\b|(?:^|\n)[a-z]+ \(?(\d{1,2})\)? *$/;

/**
 * An email in a child's or young person's own words: they give an age under 18, or they
 * write in text-speak, lower case, about home or school.
 */
function writtenByAChild(source: string, t: string): boolean {
  const own = OWN_AGE.exec(t.trimEnd());
  if (own) {
    const age = Number(own[1] ?? own[3]);
    if (own[2] !== undefined || (age > 0 && age < 18)) return true;
  }
  const sample = source.slice(0, 4000);
  let speak = 0;
  for (const m of sample.toLowerCase().matchAll(TEXT_SPEAK)) {
    if (m[0].length > 0) speak++;
    if (speak >= 4) break;
  }
  const lowerI = (sample.match(/(?:^|[\s.,!?])i(?=[\s.,!?']|$)/g) ?? []).length;
  const score = speak + (lowerI >= 2 ? 1 : 0);
  return score >= 3 && FAMILY_OR_SCHOOL.test(t);
}

function whoOrRole(role: SupportRole): string {
  // Living in a care setting says who is at risk, as an age or a disability does.
  if (role === 'child' || role === 'adult' || role === 'setting') return 'who';
  return role === 'partner' ? 'actor' : role;
}

function firstOfEachRole(near: readonly SupportHit[]): SupportHit[] {
  const seen = new Set<SupportRole>();
  const out: SupportHit[] = [];
  for (const s of [...near].sort((a, b) => a.from - b.from)) {
    if (seen.has(s.role) || s.role === 'actor') continue;
    seen.add(s.role);
    out.push(s);
  }
  return out;
}

function kindsOf(
  hit: HarmHit,
  near: readonly SupportHit[],
  all: readonly SupportHit[],
): ConcernKind[] {
  const kinds: ConcernKind[] = [];
  const nearRole = (role: SupportRole): boolean => near.some((s) => s.role === role);
  const anywhere = (role: SupportRole): boolean => all.some((s) => s.role === role);
  if (hit.signal.kind) kinds.push(hit.signal.kind);
  else if (hit.signal.kindFromContext) {
    if (nearRole('setting') || anywhere('setting')) kinds.push('unsafe_placement');
    else if (nearRole('partner')) kinds.push('domestic_abuse');
    else if (nearRole('adult')) kinds.push('self_neglect');
    else if (nearRole('child') || anywhere('child')) kinds.push('neglect');
  }
  const k = hit.signal.kind;
  if (
    (k === 'physical_harm' || k === 'sexual_harm' || k === 'neglect') &&
    nearRole('setting') &&
    !kinds.includes('unsafe_placement')
  )
    kinds.push('unsafe_placement');
  if (k === 'physical_harm' && nearRole('partner')) kinds.push('domestic_abuse');
  return kinds;
}

/** Offsets where a sentence ends: `.`, `!`, `?` or a line break. */
function sentenceBoundaries(t: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || (c === 46 && t.charCodeAt(i + 1) !== 46)) out.push(i);
  }
  return out;
}

/** The sentence around a hit, clipped to FRAME_REACH either side (unpunctuated text runs on). */
function sentenceOf(t: string, boundaries: readonly number[], hit: Found): string {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((boundaries[mid] ?? 0) < hit.from) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(lo > 0 ? (boundaries[lo - 1] ?? -1) + 1 : 0, hit.from - FRAME_REACH);
  let end = t.length;
  for (let i = lo; i < boundaries.length; i++) {
    const b = boundaries[i] ?? t.length;
    if (b >= hit.to) {
      end = b;
      break;
    }
  }
  return t.slice(start, Math.min(end, hit.to + FRAME_REACH));
}

/**
 * An injury told with an innocent cause close by and not doubted: a fall on the ice, a bite from
 * a dog, a knock from a goalpost (ACCIDENT_HOW with ACCIDENT_WHAT), or a cause said whole, a
 * medical one included (INNOCENT_CAUSE).
 * Why a window and not the sentence: "Mum caught her foot and fell. She's badly bruised."
 */
function accidentExplains(t: string, hit: HarmHit): boolean {
  if (!INJURY.test(t.slice(hit.from, hit.to))) return false;
  const near = t.slice(Math.max(0, hit.from - WINDOW), hit.to + WINDOW);
  if (ACCIDENT_DOUBTED.test(near)) return false;
  return INNOCENT_CAUSE.test(near) || (ACCIDENT_HOW.test(near) && ACCIDENT_WHAT.test(near));
}

/**
 * A sign told as what someone alleged the writer did: a parent complaining about an enquiry
 * into themselves, not a disclosure (dev40). Passive signs ("that I was being hit") and
 * self-harm ("that I had cut myself") are a disclosure whoever says them.
 */
function allegedAgainstTheWriter(t: string, hit: HarmHit): boolean {
  if (
    hit.signal.kind === 'self_harm' ||
    /^(?:being|been|got|get)\b/.test(t.slice(hit.from, hit.to))
  )
    return false;
  return ALLEGED_AGAINST_THE_WRITER.test(t.slice(Math.max(0, hit.from - 90), hit.from));
}

function isFramed(
  sentence: string,
  hit: HarmHit,
  told: { readonly resolved: boolean; readonly died: boolean },
  year: number | undefined,
): boolean {
  if (POLICY_FRAME.test(sentence) || HYPOTHETICAL_FRAME.test(sentence)) return true;
  if (SIGNPOSTING_FRAME.test(sentence) || NO_CONCERN_RAISED.test(sentence)) return true;
  if (hit.signal.unless?.test(sentence)) return true;
  // A past matter: set in the past ("years ago", "in 2018", "when I was a child") and told in
  // the plain past tense, or said elsewhere to be dealt with; never when the sentence says it
  // is happening now or goes on.
  if (!NOW_MARKER.test(sentence) && (told.resolved || !GOES_ON.test(sentence))) {
    if (LONG_AGO.test(sentence)) return true;
    // About someone who has since died, told in the past and not days ago: what happened to
    // them, not a risk now (a surviving relative's harm is told as going on, or as recent).
    if (told.died && !GOES_ON.test(sentence) && !DAYS_AGO.test(sentence)) return true;
    for (const m of sentence.matchAll(PAST_YEAR)) {
      const y = Number(m[1]);
      if (year === undefined ? y < 2000 : y < year) return true;
    }
  }
  return false;
}
