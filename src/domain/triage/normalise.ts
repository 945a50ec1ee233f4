/**
 * Text as the safeguarding rules read it: lower case, one space between words, contractions
 * and text-speak spelled out ("dont" → "do not", "rn" → "right now", "coz" → "because"),
 * common misspellings mended ("tonite", "agen", "frightend"). Each character of the result
 * remembers where it came from, so the words quoted to the officer are the sender's own.
 *
 * Written as one pass over the characters: its time grows with the length of the text and
 * nothing else, and it stops at `limit` characters of output (docs/performance.md).
 */

/** Words written the way people type in a hurry, and what they stand for. */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // contractions, with or without the apostrophe
    dont: 'do not',
    "don't": 'do not',
    doesnt: 'does not',
    "doesn't": 'does not',
    didnt: 'did not',
    "didn't": 'did not',
    cant: 'cannot',
    "can't": 'cannot',
    wont: 'will not',
    "won't": 'will not',
    isnt: 'is not',
    "isn't": 'is not',
    wasnt: 'was not',
    "wasn't": 'was not',
    arent: 'are not',
    "aren't": 'are not',
    havent: 'have not',
    "haven't": 'have not',
    hasnt: 'has not',
    "hasn't": 'has not',
    hadnt: 'had not',
    "hadn't": 'had not',
    couldnt: 'could not',
    "couldn't": 'could not',
    wouldnt: 'would not',
    "wouldn't": 'would not',
    shouldnt: 'should not',
    "shouldn't": 'should not',
    aint: 'is not',
    "ain't": 'is not',
    im: 'i am',
    "i'm": 'i am',
    ive: 'i have',
    "i've": 'i have',
    "i'll": 'i will',
    il: 'i will',
    "i'd": 'i would',
    "he's": 'he is',
    hes: 'he is',
    "she's": 'she is',
    shes: 'she is',
    "they're": 'they are',
    theyre: 'they are',
    "we're": 'we are',
    "you're": 'you are',
    youre: 'you are',
    "it's": 'it is',
    "that's": 'that is',
    thats: 'that is',
    "he'll": 'he will',
    "she'll": 'she will',
    "they'll": 'they will',
    theyll: 'they will',
    "he'd": 'he would',
    "she'd": 'she would',
    "they'd": 'they would',
    "let's": 'let us',
    wanna: 'want to',
    gonna: 'going to',
    gotta: 'got to',
    // text-speak
    rn: 'right now',
    coz: 'because',
    cos: 'because',
    cuz: 'because',
    bc: 'because',
    bcos: 'because',
    bcoz: 'because',
    becuase: 'because',
    becasue: 'because',
    plz: 'please',
    pls: 'please',
    u: 'you',
    ur: 'your',
    r: 'are',
    wen: 'when',
    wiv: 'with',
    wit: 'with',
    wud: 'would',
    cud: 'could',
    shud: 'should',
    sed: 'said',
    ppl: 'people',
    sum1: 'someone',
    some1: 'someone',
    no1: 'no one',
    any1: 'anyone',
    nd: 'and',
    bf: 'boyfriend',
    gf: 'girlfriend',
    stepdad: 'step dad',
    stepmum: 'step mum',
    yr: 'year',
    yrs: 'years',
    tonite: 'tonight',
    '2nite': 'tonight',
    '2night': 'tonight',
    nite: 'night',
    '2day': 'today',
    '2moro': 'tomorrow',
    b4: 'before',
    wat: 'what',
    wot: 'what',
    idk: 'i do not know',
    dunno: 'do not know',
    dnt: 'do not',
    thru: 'through',
    evry1: 'everyone',
    every1: 'everyone',
    nuffin: 'nothing',
    nuthin: 'nothing',
    nothin: 'nothing',
    sumfin: 'something',
    sumthin: 'something',
    lastnite: 'last night',
    lastnight: 'last night',
    hitme: 'hit me',
    hurtme: 'hurt me',
    ect: 'etc',
    plese: 'please',
    realy: 'really',
    '2morrow': 'tomorrow',
    tmrw: 'tomorrow',
    agen: 'again',
    agin: 'again',
    ment: 'meant',
    mums: "mum's",
    dads: "dad's",
    // misspellings of the words that matter
    frightend: 'frightened',
    fritened: 'frightened',
    scard: 'scared',
    scaird: 'scared',
    hurted: 'hurt',
    hitted: 'hit',
    bruse: 'bruise',
    bruses: 'bruises',
    brused: 'bruised',
    brusies: 'bruises',
    bruces: 'bruises',
    saftey: 'safety',
    touchd: 'touched',
    tuched: 'touched',
    somthing: 'something',
    sumthing: 'something',
    nobodys: "nobody's",
    noone: 'no one',
    'no-one': 'no one',
    anymore: 'any more',
    neglegted: 'neglected',
    neglectid: 'neglected',
    suicidle: 'suicidal',
    sucidal: 'suicidal',
    preasure: 'pressure',
    exploted: 'exploited',
    dimentia: 'dementia',
    alzheimers: "alzheimer's",
    altzheimers: "alzheimer's",
  }),
);

export interface ReadableText {
  /** Lower case, spelled out, one space between words; `\n` where a line (or more) ended. */
  readonly text: string;
  /** `origin[i]` is the index in the source of `text[i]`. */
  readonly origin: readonly number[];
  /** The source the offsets refer to. */
  readonly source: string;
  /** True when the source was longer than what was read. */
  readonly truncated: boolean;
}

/** Words whose capitals say what they are: "MS" is multiple sclerosis, "Ms" a title. */
const CASED: ReadonlyMap<string, string> = new Map([['MS', 'multiple sclerosis']]);

/**
 * Surnames that are also words of harm: "Mr Fell", "Dr Burns". Capitalised inside a sentence
 * they are names and read as `surname`; at a sentence's start, or in lower case, as words.
 */
const NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['Fell', 'Burns']);

/**
 * Words whose double letter survives a stretch: "tooooo" is "too", "feeeel" is "feel", where
 * every other stretched letter stands for one ("sooo", "helppp", "scareddd").
 */
const DOUBLED: ReadonlySet<string> = new Set([
  'too',
  'see',
  'feel',
  'need',
  'been',
  'keep',
  'sleep',
  'scream',
  'door',
  'room',
  'good',
  'all',
  'will',
  'kill',
  'still',
  'off',
  'stuff',
  'really',
  'sorry',
  'worried',
  'carry',
  'hurry',
  'bully',
  'happen',
  'stopped',
  'dropped',
  'grabbed',
  'slapped',
]);

/** A letter typed three or more times in a row, as when a word is stretched for emphasis. */
function hasStretch(word: string): boolean {
  for (let k = 2; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122 && c === word.charCodeAt(k - 1) && c === word.charCodeAt(k - 2))
      return true;
  }
  return false;
}

/** Every run of three or more of one letter cut to `keep` letters (digits are left alone). */
function squeeze(word: string, keep: 1 | 2): string {
  let out = '';
  let k = 0;
  while (k < word.length) {
    const ch = word[k] ?? '';
    let end = k + 1;
    while (end < word.length && word[end] === ch) end++;
    const run = end - k;
    out += ch >= 'a' && ch <= 'z' && run >= 3 ? ch.repeat(keep) : word.slice(k, end);
    k = end;
  }
  return out;
}

/**
 * "pleeeease" → "please", "scareddd" → "scared", "tooooo" → "too". Only runs of three or more
 * of one letter are touched, so "been" and "2000" stay as they are.
 */
export function unstretched(word: string): string {
  if (!hasStretch(word)) return word;
  const two = squeeze(word, 2);
  if (DOUBLED.has(two) || SPELLED_OUT.has(two)) return two;
  return squeeze(word, 1);
}

/** True when the word at `at` opens a sentence: nothing before it but spaces after a full stop. */
function startsSentence(source: string, at: number): boolean {
  let k = at - 1;
  // Only the spaces right before this word are walked back over, so the pass stays linear.
  while (k >= 0 && isSpace(source.charCodeAt(k)) && source.charCodeAt(k) !== 10) k--;
  if (k < 0) return true;
  const c = source[k];
  return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '"';
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 0xbf;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018;
const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;

/**
 * `readable("im scared coz he hit me agen", 20_000).text` → `'i am scared because he hit me again'`
 */
export function readable(source: string, limit: number): ReadableText {
  const pieces: string[] = [];
  const origin: number[] = [];
  const n = source.length;
  let length = 0;
  let i = 0;
  const push = (piece: string, from: number, to: number): void => {
    pieces.push(piece);
    const span = Math.max(1, to - from);
    for (let k = 0; k < piece.length; k++) origin.push(from + Math.min(k, span - 1));
    length += piece.length;
  };
  while (i < n && length < limit) {
    const c = source.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n) {
        const d = source.charCodeAt(j);
        if (isWordChar(d)) j++;
        else if ((isApostrophe(d) || d === 45) && j + 1 < n && isWordChar(source.charCodeAt(j + 1)))
          j++;
        else break;
      }
      const raw = source.slice(i, j);
      const word = unstretched(raw.toLowerCase().replace(/[’‘]/g, "'"));
      push(
        CASED.get(raw) ??
          (NAMES_THAT_ARE_WORDS.has(raw) && !startsSentence(source, i) ? 'surname' : undefined) ??
          SPELLED_OUT.get(word) ??
          word.replace(/-/g, ' '),
        i,
        j,
      );
      i = j;
    } else if (isSpace(c)) {
      let j = i;
      let newline = false;
      while (j < n && isSpace(source.charCodeAt(j))) {
        if (source.charCodeAt(j) === 10) newline = true;
        j++;
      }
      push(newline ? '\n' : ' ', i, j);
      i = j;
    } else {
      // Runs of the same mark ("!!!!", "-----") count once.
      let j = i + 1;
      while (j < n && source.charCodeAt(j) === c) j++;
      push(isApostrophe(c) ? "'" : (source[i] ?? ' '), i, j);
      i = j;
    }
  }
  return { text: pieces.join(''), origin, source, truncated: i < n };
}

/** The sender's words for text[from, to) of a `readable` result. */
export function sourceSpan(r: ReadableText, from: number, to: number): string {
  const start = r.origin[from] ?? 0;
  const end = (r.origin[Math.max(from, to - 1)] ?? start) + 1;
  // A spelled-out word maps back to the whole word it came from: finish a cut word.
  let stop = end;
  while (stop < r.source.length && stop - end < 20 && /[\w'’]/.test(r.source[stop] ?? '')) stop++;
  return r.source.slice(start, stop).replace(/\s+/g, ' ').trim();
}
