/**
 * Redaction of personal data and secrets from text bound for a log (docs/architecture.md, Privacy and security: no names,
 * email addresses or tokens in logs). Logs should not carry payloads in the first place; this
 * is the safety net for the line that does by mistake. It over-redacts rather than under.
 *
 * `redact('Saved for Jayden Fairclough <jayden.f2010@example.com>, Bearer eyJhbGciOi.x.y')`
 * → `'Saved for [name] <[email]>, Bearer [token]'`
 */

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const JWT = /\beyJ[\w-]*\.[\w-]*\.[\w-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[\w\-.~+/]+=*/gi;
const SECRET_PARAM =
  /\b(access_token|id_token|refresh_token|client_secret|code|client_info|assertion|password|sig)(["']?\s*[=:]\s*["']?)[^\s&"',;}]+/gi;
/** Long opaque strings (signatures, keys, skip tokens): nothing a person needs in a log. */
const OPAQUE = /(?=[\w+-]*\d)(?=[\w+-]*[A-Za-z])\b[\w+-]{40,}={0,2}/g;
/** Mobiles and landlines, `07700 900123`, `+44 (0)7700 900123`, `(0113) 496 0000`. */
const UK_PHONE = /(?:\+44\s?(?:\(0\))?\s?|\(0|\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;
/** Postcodes in any case, with or without the space: `LS1 4AB`, `sw1a1aa`. */
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const NAME_WORD = String.raw`(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const NAME_RUN = new RegExp(String.raw`\b${NAME_WORD}(?:\s+${NAME_WORD}){1,2}\b`, 'gu');

/**
 * Words that start sentences or name things in this product, so "Network Error" or "Full
 * Control" is not mistaken for a person. A run of capitalised words containing any of these
 * is left alone; any other run of two or three is treated as a name.
 */
const NOT_NAMES = new Set(
  `a an and the this that these those it its in on at of for to from by with without after before
  is are was were be been not no yes ok all any some new old next last first
  feedback desk graph microsoft teams outlook office sharepoint azure entra msal node npm emulator
  chromium playwright vitest webpack demo inbox workbench tab pane taskpane page pages app apps
  error errors warning info debug failed failure success succeeded started starting stopped
  listening loaded loading saving saved save sign signed signing signs out retry retrying
  request requests response responses network timeout token tokens access denied bad not found
  internal server gateway too many service unavailable forbidden unauthorized conflict precondition
  get post patch put delete head options list lists item items site sites selected read write
  column columns field fields batch delta drive upload http https json url uri api
  case cases stage stages complaint complaints compliment compliments enquiry enquiries comment
  comments query mp ombudsman local government social care children childrens adult adults
  corporate statutory procedure type area causes cause complainant received escalate overview
  timeliness actions action plans plan annual report reports settings return council county
  borough district city team manager head officer complaints officer safeguarding
  full control contribute design edit limited add only owners members visitors permission
  permissions level levels group groups people heads directors managers officers narratives
  correspondence costs demand archived emails email archive
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december dear regards kind thanks thank best`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Lower-case words that follow a cue ("from", "dear", "name:") without being a name: what a
 * log line says next ("from the cache", "from disk"), verbs that follow a name ("priya shah
 * called"), honorifics and the redactor's own placeholders. A name stops at the first of them.
 */
const NOT_NAME_AFTER_CUE = new Set(
  `${[...NOT_NAMES].join(' ')}
  about regarding re who whom which what when where why how whose there here now then today
  yesterday tomorrow again also just please via per into onto over under up down off out
  i me my we us our you your he him his she her they them their one two three
  asked called said says wrote writes phoned rang emailed replied complained has had have
  will would can could should did does do or but so if as than because while
  disk cache store stores file files memory storage database db queue session config
  configuration env environment source sources stdin stdout stderr input output header headers
  body path scratch start end default server servers client browser local remote unknown
  name names phone postcode redacted
  mrs mr ms miss mx dr prof sir dame lady lord rev cllr councillor`
    .split(/\s+/)
    .filter(Boolean),
);

/** Honorifics, matched in any case; `ms` after a number is milliseconds, not a title. */
const HONORIFIC = String.raw`(?<![\d.]\s?)(?:mrs|mr|ms|miss|mx|dr|prof|sir|dame|lady|lord|rev|cllr|councillor)\.?`;
/** Name particles kept inside a name when a name word follows: `van der Berg`. */
const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'la',
  'le',
  'du',
  'von',
  'bin',
  'al',
  'da',
  'di',
  'st',
]);
/** An initial (`j.`) or a word that may hold apostrophes and hyphens (`o’neill-hughes`). */
const NAME_TOKEN = String.raw`(?:\p{L}\.|\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)`;
const NAME_TOKENS = String.raw`(?<words>${NAME_TOKEN}(?:[ \t]+${NAME_TOKEN}){0,3})`;
/** Opening punctuation between a cue and the name: `from “priya shah”`, `for (sam)`. */
const OPENER = String.raw`[("“'‘\[<]?`;

/**
 * What shows that a name follows, in any case: an honorific (replaced with the name); a greeting; `from`; a label
 * (`name:`, `complainant =`, `to:`); and `to`, `for`, `by` only after the words that make
 * them about a person (`sent to`, `case for`, `signed off by`), so "failed to parse" stays.
 */
const CUES = [
  String.raw`(?<title>${HONORIFIC})`,
  String.raw`(?:dear|hi|hello|from)`,
  String.raw`(?:from|full[ \t]+name|first[ \t]+name|last[ \t]+name|surname|name|complainant|contact|customer|client|sender|to|cc|bcc|signed(?:[ \t]+by)?|resident|tenant|child|parent|carer|caller|applicant|author|officer|manager)[ \t]*[:=]`,
  String.raw`(?:sent|reply|replied|wrote|written|letter|email|emailed|forwarded|addressed|spoke|spoken|talked|speak|talk|write|reply)[ \t]+to`,
  String.raw`(?:case|letter|complaint|enquiry|compliment|email|saved|reply|response|record|appointment|behalf)[ \t]+(?:for|of)`,
  String.raw`(?:signed(?:[ \t]+off)?|returned|raised|made|sent|submitted|written|approved|rejected|opened|closed|assigned|handled|reviewed|created|modified|edited|updated|completed)[ \t]+by:?`,
];
const CUED_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUES.join('|')})(?:(?<=[:=.])|(?![\p{L}]))[ \t]*${OPENER}${NAME_TOKENS}`,
  'giu',
);

/** Sign-offs: the name is what follows after a comma or on the next line(s). */
const SIGN_OFF = String.raw`(?:kind[ \t]+regards|best[ \t]+regards|warm(?:est)?[ \t]+regards|many[ \t]+thanks|thanks[ \t]+again|thank[ \t]+you|thanks|regards|yours[ \t]+sincerely|yours[ \t]+faithfully|yours[ \t]+truly|sincerely|best[ \t]+wishes|all[ \t]+the[ \t]+best|cheers|with[ \t]+thanks|best)`;
const SIGNED_NAME = new RegExp(
  String.raw`(?<![\p{L}])${SIGN_OFF}(?![\p{L}])(?:[ \t]*[,.!]?[ \t]*\n(?:[ \t]*-{2,}[ \t]*\n|[ \t]*\n)*[ \t]*|[ \t]*,[ \t]*)${NAME_TOKENS}`,
  'giu',
);

const wordOf = (token: string): string =>
  token
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');

/**
 * How many characters of `words` (tokens after a cue) are a name: tokens up to the first that
 * is an ordinary word, with particles kept only inside a name and a possessive ending it.
 * `nameLength('priya shah about the bus')` → 10; `nameLength('the cache')` → 0.
 */
function nameLength(words: string): number {
  const tokens = [...words.matchAll(new RegExp(NAME_TOKEN, 'gu'))];
  let end = 0;
  for (const token of tokens) {
    const word = wordOf(token[0]);
    if (PARTICLES.has(word)) continue;
    if (NOT_NAME_AFTER_CUE.has(word) || !/\p{L}/u.test(word)) break;
    end = token.index + token[0].length;
    if (/['’]s$/i.test(token[0]) && token[0].length > 3) {
      end -= 2;
      break;
    }
  }
  return end;
}

/**
 * Replaces the name after each match of `pattern` (group `prefix` kept, group `words` the
 * tokens after it). A cue with no name after it ("from the cache") is passed over by one
 * character only, so a cue inside its words ("spoke to dr. adeyemi") is still found.
 */
function replaceNamesAfter(text: string, pattern: RegExp): string {
  let out = '';
  let from = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const words = match.groups?.words ?? '';
    const prefixLength = match[0].length - words.length;
    const length = nameLength(words);
    if (length === 0) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    // An honorific goes with the name (`Mrs [name]` would still say something about her).
    const keep = match.groups?.title ? 0 : prefixLength;
    out += `${text.slice(from, match.index + keep)}[name]`;
    from = match.index + prefixLength + length;
    pattern.lastIndex = from;
  }
  return out + text.slice(from);
}

function redactCuedNames(text: string): string {
  return replaceNamesAfter(replaceNamesAfter(text, CUED_NAME), SIGNED_NAME);
}

function looksLikeName(run: string): boolean {
  return run.split(/\s+/).every((word) => !NOT_NAMES.has(word.toLowerCase()));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Names seen in payloads (a sender's name, a person named in a case). Each part of three or
 * more letters is redacted wherever it appears, in any case: `jayden` as well as `Jayden`.
 */
export class KnownNames {
  readonly #parts = new Set<string>();
  #pattern: RegExp | undefined;

  add(names: Iterable<string>): void {
    for (const name of names) {
      for (const part of name.split(/[^\p{L}'’-]+/u)) {
        const clean = part.replace(/^['’-]+|['’-]+$/g, '');
        if (clean.length >= 3 && !NOT_NAMES.has(clean.toLowerCase())) {
          this.#parts.add(clean.toLowerCase());
        }
      }
    }
    this.#pattern = undefined;
  }

  get size(): number {
    return this.#parts.size;
  }

  redact(text: string): string {
    if (this.#parts.size === 0) return text;
    this.#pattern ??= new RegExp(
      String.raw`(?<![\p{L}])(?:${[...this.#parts]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\p{L}])`,
      'giu',
    );
    return text.replace(this.#pattern, '[name]');
  }
}

/** Removes email addresses, tokens, phone numbers, postcodes and name-like words from text. */
export function redact(text: string, knownNames?: KnownNames): string {
  let out = text
    .replace(JWT, '[token]')
    .replace(BEARER, (_m, scheme: string) => `${scheme} [token]`)
    .replace(SECRET_PARAM, (_m, key: string, sep: string) => `${key}${sep}[redacted]`)
    .replace(EMAIL, '[email]')
    .replace(OPAQUE, '[redacted]')
    .replace(UK_PHONE, '[phone]')
    .replace(UK_POSTCODE, '[postcode]');
  out = redactCuedNames(out).replace(NAME_RUN, (run) => (looksLikeName(run) ? '[name]' : run));
  if (knownNames) out = knownNames.redact(out);
  return out;
}

/** Keys (lower case, letters only) whose values are personal data or secrets whatever they hold. */
const SENSITIVE_KEYS = new Set(
  `authorization cookie setcookie password secret clientsecret accesstoken idtoken refreshtoken
  token body bodypreview subject from to cc bcc sender recipient recipients quote summary upn
  userprincipalname surname givenname dob dateofbirth`.split(/\s+/),
);
/** Keys ending in a personal word that name things, not people. */
const THING_NAMES =
  /^(list|file|site|host|column|field|internal|group|view|scope|command|event|level|type|class|table|path|library|role|key|app|drive|content|sheet|stage|step|test|bench|option|setting|tab|feature|env)name$/;
/** Key endings that hold a person's details: `complainantName`, `contactEmail`, `phoneNumber`. */
const PERSONAL_ENDING =
  /(name|email|mail|emailaddress|address|phone|phonenumber|mobile|telephone|tel|postcode|postalcode|zip|summary|body|subject)$/;

function isSensitiveKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z]/g, '');
  if (SENSITIVE_KEYS.has(k)) return true;
  return PERSONAL_ENDING.test(k) && !THING_NAMES.test(k);
}

/**
 * Redacts a structured value for logging: sensitive keys are replaced whole, other strings
 * pass through {@link redact}.
 *
 * `redactValue({ status: 401, authorization: 'Bearer x', note: 'for Jo Bloggs' })` →
 * `{ status: 401, authorization: '[redacted]', note: 'for [name]' }`
 */
export function redactValue(value: unknown, knownNames?: KnownNames, depth = 0): unknown {
  if (typeof value === 'string') return redact(value, knownNames);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 5) return '[…]';
  if (value instanceof Error) {
    return { name: value.name, message: redact(value.message, knownNames) };
  }
  if (Array.isArray(value)) return value.map((entry) => redactValue(entry, knownNames, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    out[key] =
      isSensitiveKey(key) && entry !== null && entry !== undefined && typeof entry !== 'boolean'
        ? '[redacted]'
        : redactValue(entry, knownNames, depth + 1);
  }
  return out;
}
