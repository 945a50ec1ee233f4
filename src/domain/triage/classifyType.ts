import type { FeedbackType, OtherKind, TriageEmail } from './types';
import { scoreSignals, topReasons, type Hit, type Signal } from './signals';
import { domainOf, type EmailParts } from './text';
import { serviceFailure } from './serviceFailure';
import * as S from './typeSignals';

/** The rules' view of the type, before any learned model is blended in. */
export interface TypeDecision {
  readonly type: FeedbackType;
  readonly otherKind?: OtherKind;
  readonly confidence: number;
  readonly reasons: readonly string[];
  /** The rules' belief in each type (sums to 1): what a learned model is blended with. */
  readonly distribution: Readonly<Record<FeedbackType, number>>;
  /** The evidence each rule family gathered, as weighed when the type was decided. */
  readonly scores: Readonly<Scores>;
}

/** How much each part of the email counts: the sender's own words most, quoted text least. */
const OWN = 1;
const FORWARDED = 0.9;
const QUOTED = 0.2;
/** A reply's subject belongs to the thread, so it counts for less. */
const REPLY_SUBJECT = 0.4;
const REPLY_THANKS = 1.5;
const CAPITALS = 1.5;
/** Below this, no complaint is asked for in so many words (explicit words less denials). */
const ASKED_TO_COMPLAIN = 2;

/**
 * Most of the letters in capitals (at least 30 of them): shouting, which in this mailbox is
 * dissatisfaction. One pass over the first 2,000 characters.
 */
function writesInCapitals(text: string): boolean {
  let upper = 0;
  let letters = 0;
  const end = Math.min(text.length, 2000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters >= 30 && upper / letters >= 0.6;
}

/**
 * Everyday dissatisfaction in the sender's own and forwarded words, capped as in
 * `gatherEvidence`: grumbles, a service that failed them, writing in capitals.
 */
function grievanceOf(own: string, forwarded: string): number {
  const read = (signals: readonly Signal[]): number =>
    scoreSignals(own, signals, OWN, []) + scoreSignals(forwarded, signals, FORWARDED, []);
  const dissatisfaction = Math.min(
    S.COMPLAINT_DISSATISFACTION_CAP,
    read(S.COMPLAINT_DISSATISFACTION),
  );
  const everyday = Math.min(S.COMPLAINT_EVERYDAY_CAP, read(S.COMPLAINT_EVERYDAY));
  const shouting = writesInCapitals(own) ? CAPITALS : 0;
  return cappedGrievance(dissatisfaction, everyday, shouting, serviceFailure(own));
}

/** Dissatisfaction, everyday grumbles, capitals and a failed service, together capped. */
function cappedGrievance(
  dissatisfaction: number,
  everyday: number,
  shouting: number,
  failure: Hit | null,
): number {
  return Math.min(
    S.COMPLAINT_DISSATISFACTION_CAP,
    dissatisfaction + everyday + shouting + (failure?.weight ?? 0),
  );
}

/** The paragraphs of `text` that hold none of `quotes` (compared lower-cased, spaces folded). */
function paragraphsWithout(text: string, quotes: readonly string[]): string {
  const fold = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ');
  const wanted = quotes.map(fold).filter((q) => q.length > 0);
  return text
    .split(/\n[ \t]*\n/)
    .filter((p) => {
      const folded = fold(p);
      return !wanted.some((q) => folded.includes(q));
    })
    .join('\n\n');
}

export interface Scores {
  complaint: number;
  /** The part of `complaint` said in everyday words: dissatisfaction, grievance, a failed service. */
  grievance: number;
  /** What the sender's words ask for, without the subject line: "I want to complain". */
  complaintExplicit: number;
  compliment: number;
  mp: number;
  councillor: number;
  foi: number;
  autoReply: number;
  newsletter: number;
  ombudsman: number;
  internal: number;
  /** A colleague asking for the email to be routed elsewhere. */
  routing: number;
  service: number;
}

interface Evidence {
  readonly scores: Scores;
  /** Per score, what raised it; `denial`: what says it is no complaint (taken off `complaint`). */
  readonly hits: Record<Exclude<keyof Scores, 'grievance'> | 'denial', Hit[]>;
}

/** Score one list of signals over the email's parts, weighted by part. */
function across(
  parts: EmailParts,
  signals: readonly Signal[],
  hits: Hit[],
  quoted = QUOTED,
): number {
  return (
    scoreSignals(parts.own, signals, OWN, hits) +
    scoreSignals(parts.forwarded, signals, FORWARDED, hits) +
    scoreSignals(parts.quoted, signals, quoted, hits)
  );
}

/**
 * `across` for complaint words, where a reply's quoted thread (often the council's own letter:
 * "if you remain dissatisfied…") may only add to what the sender's own words already say.
 */
function saidThenQuoted(
  parts: EmailParts,
  signals: readonly Signal[],
  hits: Hit[],
): { said: number; quoted: (into: Hit[]) => number } {
  const said =
    scoreSignals(parts.own, signals, OWN, hits) +
    scoreSignals(parts.forwarded, signals, FORWARDED, hits);
  // Read only when the sender's own words complain: most emails never need it.
  return { said, quoted: (into) => scoreSignals(parts.quoted, signals, QUOTED, into) };
}

function recipientDomains(to: TriageEmail['to']): string[] {
  if (to === undefined) return [];
  const list = typeof to === 'string' ? to.split(/[;,]/) : [...to];
  return list.map((address) => domainOf(address.replace(/^.*<|>.*$/g, ''))).filter(Boolean);
}

function gatherEvidence(email: TriageEmail, parts: EmailParts): Evidence {
  const hits: Evidence['hits'] = {
    complaint: [],
    complaintExplicit: [],
    compliment: [],
    mp: [],
    councillor: [],
    foi: [],
    autoReply: [],
    newsletter: [],
    ombudsman: [],
    internal: [],
    routing: [],
    denial: [],
    service: [],
  };
  const senderDomain = domainOf(email.from.address);
  const senderName = email.from.name ?? '';
  // A subject the council wrote ("Your complaint ref …") says nothing about this sender.
  const councilSubject = /\byour complaint\b/i.test(parts.subject);

  const explicitWords = saidThenQuoted(parts, S.COMPLAINT_EXPLICIT, hits.complaintExplicit);
  // In a reply the subject is the thread's ("RE: complaint about…"), not this message's.
  const subject = councilSubject
    ? 0
    : scoreSignals(
        parts.subject,
        S.COMPLAINT_SUBJECT,
        parts.isReply ? REPLY_SUBJECT : OWN,
        hits.complaintExplicit,
      );
  const dissatisfied = saidThenQuoted(parts, S.COMPLAINT_DISSATISFACTION, hits.complaint);
  const everyday = Math.min(
    S.COMPLAINT_EVERYDAY_CAP,
    across(parts, S.COMPLAINT_EVERYDAY, hits.complaint, 0),
  );
  // Quoted complaint words count only beside the sender's own: a reply that sends the papers
  // asked for is not a complaint because the council's letter below mentions one.
  const saysSomething = explicitWords.said > 0 || dissatisfied.said > 0 || everyday > 0;
  const explicit =
    explicitWords.said + (saysSomething ? explicitWords.quoted(hits.complaintExplicit) : 0);
  const dissatisfaction = Math.min(
    S.COMPLAINT_DISSATISFACTION_CAP,
    dissatisfied.said + (saysSomething ? dissatisfied.quoted(hits.complaint) : 0),
  );
  const denial = across(parts, S.NOT_A_COMPLAINT, hits.denial, 0);
  hits.complaint.push(...hits.denial);
  const shouting = writesInCapitals(parts.own) ? CAPITALS : 0;
  if (shouting > 0) hits.complaint.push({ weight: shouting, reason: 'Writes in capitals' });
  // A service asked or paid for that failed the sender, in their own words (serviceFailure.ts).
  const failure = serviceFailure(parts.own);
  if (failure) hits.complaint.push(failure);
  hits.complaint.push(...hits.complaintExplicit);

  let compliment =
    Math.min(S.COMPLIMENT_PRAISE_CAP, across(parts, S.COMPLIMENT, hits.compliment, 0)) +
    (S.THANKS_AND_A_PROBLEM.test(parts.subject)
      ? 0
      : scoreSignals(parts.subject, S.COMPLIMENT_SUBJECT, OWN, hits.compliment));
  // A short reply that thanks: the end of a thread, whatever the thread was about. A short
  // message that thanks for something done ("fixed in two days, cheers") is one too, without
  // the thread; a sign-off on a report of something still to do is not.
  const thanksInReply =
    (parts.isReply
      ? parts.own.length < 800
      : parts.own.length < 400 && S.SOMETHING_DONE.test(parts.own)) &&
    // "Thank you for your letter" opens a reply; it thanks nobody for anything done.
    /\b(?:thank(?:s| you)|cheers)\b(?! for (?:nothing|(?:your|the) (?:letter|e-?mail|reply|response|message|note|call|update))\b)/i.test(
      parts.own,
    ) &&
    !S.ASKS_OR_SENDS.test(parts.own) &&
    !S.THANKS_BUT.test(parts.own);
  if (thanksInReply) {
    compliment += REPLY_THANKS;
    hits.compliment.push({
      weight: REPLY_THANKS,
      reason: parts.isReply ? 'Thanks in a reply' : 'A short thank-you for something done',
    });
  }
  // A thank-you whose own words complain of nothing: the complaint words are the quoted
  // thread's (often the council's own letter, "if you remain dissatisfied…"), not the sender's.
  const quotedOnly =
    thanksInReply &&
    shouting === 0 &&
    [S.COMPLAINT_EXPLICIT, S.COMPLAINT_DISSATISFACTION, S.COMPLAINT_EVERYDAY].every(
      (signals) => scoreSignals(parts.own, signals, OWN, []) === 0,
    );

  let mp =
    across(parts, S.MP_TEXT, hits.mp, 0.5) + scoreSignals(parts.subject, S.MP_TEXT, 0.5, hits.mp);
  if (senderDomain === 'parliament.uk' || senderDomain.endsWith('.parliament.uk')) {
    mp += 5;
    hits.mp.push({ weight: 5, reason: 'Sender is at parliament.uk' });
  }
  // An MP's caseworker signs with their role and the MP's name, often from an office's own
  // domain; one who names no MP but writes for a constituent is plainly one too, and one who
  // signs as "caseworker to … MP" says both on one line.
  let caseworker = S.CASEWORKER_TO_AN_MP.test(parts.own) ? 5 : 0;
  if (S.MP_STAFF_ROLE.test(parts.own))
    caseworker += S.NAMED_MP.test(parts.own) ? 2 : S.CONSTITUENT.test(parts.own) ? 4 : 0;
  if (caseworker > 0) {
    mp += caseworker;
    hits.mp.push({ weight: caseworker, reason: "Signed by an MP's caseworker" });
  }
  // "Jo Bloggs MP" is the Member; "MP Enquiries" may be the council's own team.
  if (/\bMP\b/.test(senderName)) {
    const weight = /\S\s+MP\s*$/.test(senderName) ? 5 : 3;
    mp += weight;
    hits.mp.push({ weight, reason: `Sender is ${senderName}` });
  }
  if (S.isMpOfficeSender(senderName)) {
    mp += 2;
    hits.mp.push({ weight: 2, reason: "Sender is an MP's office" });
  }

  let councillor = scoreSignals(parts.own, S.COUNCILLOR, OWN, hits.councillor);
  if (/^\s*(?:cllr\.?|councillor)\s/i.test(senderName)) {
    councillor += 4;
    hits.councillor.push({ weight: 4, reason: 'Sender is a councillor' });
  }

  const foi = across(parts, S.FOI, hits.foi, 0) + scoreSignals(parts.subject, S.FOI, OWN, hits.foi);
  const autoReply =
    scoreSignals(parts.subject, S.AUTO_REPLY_SUBJECT, OWN, hits.autoReply) +
    scoreSignals(parts.own, S.AUTO_REPLY_BODY, OWN, hits.autoReply);
  let newsletter = scoreSignals(parts.own, S.NEWSLETTER, OWN, hits.newsletter);
  if (S.NEWSLETTER_SENDER.test(email.from.address)) {
    newsletter += 2;
    hits.newsletter.push({ weight: 2, reason: 'Sent from a mailing-list address' });
  }
  let ombudsman = scoreSignals(parts.own, S.OMBUDSMAN_TEXT, OWN, hits.ombudsman);
  if (S.OMBUDSMAN_SENDER.test(senderDomain)) {
    ombudsman += 6;
    hits.ombudsman.push({ weight: 6, reason: `Sender is the Ombudsman (${senderDomain})` });
  } else if (S.OMBUDSMAN_SENDER_NAME.test(senderName)) {
    ombudsman += 5;
    hits.ombudsman.push({ weight: 5, reason: `Sender is ${senderName}` });
  }
  let internal = 0;
  const recipients = recipientDomains(email.to);
  if (senderDomain !== '' && recipients.includes(senderDomain) && !S.WEB_FORM.test(parts.own)) {
    internal = 3;
    hits.internal.push({ weight: 3, reason: `Sender is a colleague (${senderDomain})` });
  }
  const routing = scoreSignals(parts.own, S.INTERNAL_ROUTING, OWN, hits.routing);
  // A council service forwarding mail that is not theirs, to whichever mailbox: the council's
  // own domain is enough, as the complaints mailbox may sit on another one.
  if (internal === 0 && routing >= 2 && parts.isForward && S.COUNCIL_DOMAIN.test(senderDomain)) {
    internal = 3;
    hits.internal.push({ weight: 3, reason: `A council service forwarding it (${senderDomain})` });
  }
  const service = Math.min(
    S.SERVICE_REQUEST_CAP,
    across(parts, S.SERVICE_REQUEST, hits.service, 0),
  );

  const grievance = cappedGrievance(dissatisfaction, everyday, shouting, failure);
  return {
    scores: {
      complaint: quotedOnly ? 0 : explicit + subject + grievance - denial,
      grievance: quotedOnly ? 0 : grievance,
      complaintExplicit: quotedOnly ? 0 : explicit - denial,
      compliment,
      mp,
      councillor,
      foi,
      autoReply,
      newsletter,
      ombudsman,
      internal,
      routing,
      service,
    },
    hits,
  };
}

/** A rule that wins outright: confidence grows with the weight of evidence. */
const decisive = (score: number): number => Math.min(0.97, 0.6 + 0.05 * score);
/** A choice between close rivals: confidence grows with the margin. */
const byMargin = (margin: number): number => 0.5 + 0.45 * Math.tanh(Math.max(0, margin) / 4);

/**
 * Decides the type by the rules. Order matters and reads as mailbox knowledge: machine mail
 * first (auto-replies, newsletters), then who is writing (the Ombudsman, an MP, a councillor),
 * then what is asked (information under FOI), then complaint against compliment, and finally
 * colleagues' mail and requests for a service.
 *
 * An MP's office forwarding a constituent's complaint → `mp_enquiry` (the MP is the enquirer).
 *
 * `reportsRisk`: the signs of harm the safeguarding rules found in the newest words, or null
 * when they raise no concern. Asked only when the answer can change the type.
 */
export function classifyType(
  email: TriageEmail,
  parts: EmailParts,
  reportsRisk: () => readonly string[] | null = () => null,
): TypeDecision {
  const { scores: s, hits } = gatherEvidence(email, parts);
  const decide = (
    type: FeedbackType,
    confidence: number,
    why: readonly Hit[],
    otherKind?: OtherKind,
  ): TypeDecision => ({
    type,
    confidence,
    reasons: topReasons(why, 4),
    distribution: spread(type, confidence, s),
    scores: { ...s },
    ...(otherKind ? { otherKind } : {}),
  });

  if (s.autoReply >= 5) return decide('other', decisive(s.autoReply), hits.autoReply, 'auto_reply');
  if (s.newsletter >= 4)
    return decide('other', decisive(s.newsletter), hits.newsletter, 'newsletter');
  if (s.ombudsman >= 5) return decide('other', decisive(s.ombudsman), hits.ombudsman, 'ombudsman');
  if (s.mp >= 4.5) return decide('mp_enquiry', decisive(s.mp), hits.mp);
  // A councillor writing as a resident, about their own affairs, is handled like anyone else.
  const ownCapacity = S.OWN_CAPACITY.test(parts.own);
  if (s.councillor >= 3 && !ownCapacity) {
    return decide(
      'other',
      decisive(s.councillor),
      [...hits.councillor, ...hits.complaint.filter((h) => h.reason.startsWith('Says it is not'))],
      'councillor_enquiry',
    );
  }
  if (s.foi >= 4 && s.complaintExplicit < 4)
    return decide('other', decisive(s.foi), hits.foi, 'foi_request');

  // A colleague asking for routing: the email is for another team, whatever it says. Only the
  // colleague's own words can ask for it to be logged instead: the resident's "I want to
  // complain" in what they pass on is why it needs routing, not a request to log it here.
  if (
    s.internal >= 3 &&
    s.routing >= 2 &&
    scoreSignals(parts.own, S.COMPLAINT_EXPLICIT, OWN, []) < 3
  ) {
    return decide(
      'other',
      decisive(s.internal + s.routing),
      [...hits.routing, ...hits.internal],
      'internal',
    );
  }
  // Praise in an email that asks for a service is mostly courtesy ("you're all stars!"),
  // unless the writer asks for it to be handed on.
  const courtesy = S.ASKS_A_SERVICE.test(parts.own) && !S.PASS_IT_ON.test(parts.own);
  if (courtesy && s.compliment > 0) s.compliment /= 2;
  if (s.compliment >= 3 && s.compliment > s.complaint) {
    return decide('compliment', byMargin(s.compliment - Math.max(s.complaint, 0)), hits.compliment);
  }
  // A colleague writing in their own words (figures wanted, training booked): complaints are
  // their work, so the word says nothing; only a colleague forwarding passes a resident's on.
  if (s.internal >= 3 && !parts.isForward && s.complaintExplicit < 3 && !ownCapacity)
    return decide('other', byMargin(s.internal - s.complaintExplicit), hits.internal, 'internal');
  // A report that someone may be at risk: the everyday words of its telling ("nobody came",
  // "no one listens", "he gets angry") say what is happening to them, not that the council let
  // the sender down. Without a complaint asked for in so many words, and with no council service
  // named that they could be aimed at (a missed care call is a complaint and a concern both),
  // only grievance told apart from the harm (another paragraph: the bins, the website) makes it
  // a complaint as well (docs/triage-labelling.md: a report of risk that does not complain is a
  // service request).
  if (s.complaint >= 1.5 && s.complaintExplicit < ASKED_TO_COMPLAIN && s.grievance > 0) {
    const harms = reportsRisk();
    if (harms !== null && !S.NAMES_A_SERVICE.test(parts.own)) {
      const apart = grievanceOf(
        paragraphsWithout(parts.own, harms),
        paragraphsWithout(parts.forwarded, harms),
      );
      if (apart < s.grievance) {
        s.complaint -= s.grievance - apart;
        hits.service.push({
          weight: 1,
          reason: 'Reports someone at risk; no complaint of the council',
        });
      }
    }
  }
  if (s.complaint >= 3)
    return decide('complaint', byMargin(s.complaint - s.compliment), hits.complaint);
  if (s.internal >= 3 && !ownCapacity)
    return decide('other', byMargin(s.internal - s.complaint), hits.internal, 'internal');
  if (s.complaint >= 1.5 && s.complaint > s.service) {
    return decide('complaint', byMargin(s.complaint - s.service), hits.complaint);
  }
  if (s.compliment >= 1.5 && s.compliment > s.service) {
    return decide('compliment', byMargin(s.compliment - s.service), hits.compliment);
  }
  // Saying outright it is no complaint (a withdrawal, a first report) counts for other mail
  // by as much as it outweighs the complaint words; a passing mention of the police or a
  // utility (under 2) leaves the margin to the rest of the email.
  const denied = -s.complaint >= 2 ? -s.complaint : 0;
  const fallbackReasons: Hit[] =
    hits.service.length > 0 || denied > 0
      ? [...hits.service, ...(denied > 0 ? hits.denial : [])]
      : [{ weight: 0, reason: 'No sign of a complaint, compliment or MP enquiry' }];
  return decide(
    'other',
    byMargin(s.service + denied - Math.max(0, s.complaint, s.compliment)),
    fallbackReasons,
    'service_request',
  );
}

/** The chosen type gets `confidence`; the rest is shared by the others' scores. */
function spread(type: FeedbackType, confidence: number, s: Scores): Record<FeedbackType, number> {
  const rivals: Record<FeedbackType, number> = {
    complaint: Math.max(0, s.complaint) + 0.5,
    compliment: Math.max(0, s.compliment) + 0.5,
    mp_enquiry: Math.max(0, s.mp) + 0.5,
    other:
      Math.max(s.autoReply, s.newsletter, s.ombudsman, s.councillor, s.foi, s.internal, s.service) +
      0.5,
  };
  rivals[type] = 0;
  const total = rivals.complaint + rivals.compliment + rivals.mp_enquiry + rivals.other;
  const rest = 1 - confidence;
  return {
    complaint: type === 'complaint' ? confidence : (rest * rivals.complaint) / total,
    compliment: type === 'compliment' ? confidence : (rest * rivals.compliment) / total,
    mp_enquiry: type === 'mp_enquiry' ? confidence : (rest * rivals.mp_enquiry) / total,
    other: type === 'other' ? confidence : (rest * rivals.other) / total,
  };
}
