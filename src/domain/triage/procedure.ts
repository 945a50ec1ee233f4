import type { Procedure, Stage } from './types';
import { procedureOfReference } from './references';
import { scoreSignals, topReasons, type Hit, type Signal } from './signals';
import type { EmailParts } from './text';

const term = (pattern: RegExp, weight: number, area: string): Signal => ({
  pattern,
  weight,
  reason: (q) => `Mentions ${q} (${area})`,
});

const CHILDREN = "children's social care";
const ADULTS = 'adult social care';

/** Children's social care functions: the Children Act 1989 representations procedure. */
const CHILDREN_TERMS: readonly Signal[] = [
  term(/\bfoster(?:ing|ed| carers?| care| placement| home)?\b/gi, 2, CHILDREN),
  term(/\blooked[- ]after\b|\bchildren in care\b|\bin care\b(?! home)/gi, 2, CHILDREN),
  term(
    /\bcare leavers?\b|\bleaving care\b|\bpersonal adviser\b|\bpathway plan\b|\bsetting up home allowance\b/gi,
    2,
    CHILDREN,
  ),
  term(
    /\bspecial guardian(?:ship)?\b|\bkinship\b|\badopt(?:ion|ed|ive|er)\b|\bchild arrangements order\b|\bcare order\b/gi,
    2,
    CHILDREN,
  ),
  term(
    /\bchild protection\b|\bsection 47\b|\bchild in need\b|\bCIN\b|\bchild and family assessment\b|\bparenting assessment\b|\bearly help\b/g,
    2,
    CHILDREN,
  ),
  term(
    /\b(?:family time|sibling contact|contact with (?:my|his|her|their) (?:brother|sister|siblings|son|daughter|children|kids)|contact arrangements)\b/gi,
    2,
    CHILDREN,
  ),
  term(
    /\bchildren['’]?s (?:services|social care|social services|home|social worker)\b|\bchildrens services\b|\bsupervising social worker\b|\bindependent reviewing officer\b|\bIRO\b/gi,
    2,
    CHILDREN,
  ),
  term(
    /\bshort breaks?\b|\bdisabled children['’]?s? (?:team|service)\b|\bsupported accomm?odation\b|\bplacement\b|\bdelegated authority\b/gi,
    1,
    CHILDREN,
  ),
  term(/\bsocial worker\b/gi, 1, 'social care'),
  term(/\bCAMHS\b|\bchild and adolescent mental health\b/gi, 1, CHILDREN),
  // Where children in care see their families, and where they live: a unit, its key workers.
  term(/\bcontact (?:centre|worker|supervisor)\b|\bsupervised contact\b/gi, 2, CHILDREN),
  term(
    /\bresidential (?:unit|home|placement)\b|\b(?:the|my|our) unit\b|\bkey ?worker\b/gi,
    1,
    CHILDREN,
  ),
  {
    // A child's age beside a social worker is the children's procedure: "im 16", "Keeley is 14".
    pattern:
      /\b(?:i['’]?m|i am|is|aged|age) (?:[1-9]|1[0-7])\b(?! (?:weeks?|months?|days?|hours?|minutes?|years? ago|times?|calls?|pounds?|miles?|%|percent))|\b(?:[1-9]|1[0-7])[- ]years?[- ]old\b|\((?:[1-9]|1[0-7])\)/gi,
    weight: 1,
    reason: (q) => `Mentions a child's age ${q}`,
  },
  term(
    /\b(?:investigating officer|independent person|adjudication|review panel)\b/gi,
    1.5,
    CHILDREN,
  ),
];

/** Adult social care functions: the 2009 regulations, a single local stage. */
const ADULT_TERMS: readonly Signal[] = [
  term(
    /\b(?:care|nursing|residential) homes?\b|\bresidential care\b|\bcare home fees\b/gi,
    2,
    ADULTS,
  ),
  term(
    /\bhome care\b|\bdomiciliary\b|\bcare (?:agency|provider|calls?|workers?|package)\b|\bcalls a day\b|\b(?<!foster |kinship |young )carers (?:visit|who visit|not turning up|are late)|\breablement\b/gi,
    2,
    ADULTS,
  ),
  term(
    /\bdirect payments?\b|\bpersonal budget\b|\bpersonal assistants?\b|\bcare (?:and support )?plan\b|\bcare (?:needs )?assessment\b|\bneeds assessment\b|\bcarer['’]?s assessment\b/gi,
    2,
    ADULTS,
  ),
  term(
    /\bfinancial assessment\b|\bdeprivation of (?:assets|capital)\b|\bdeliberately deprived\b|\bnotional capital\b|\bdeferred payment\b|\bcontribution towards (?:his|her|their|my) care\b|\bcare charges?\b/gi,
    2,
    ADULTS,
  ),
  term(
    /\badult (?:social care|services|social services|social worker|safeguarding)\b|\bCare Act\b|\bday centre\b/gi,
    2,
    ADULTS,
  ),
  term(
    /\b(?:lasting )?power of attorney\b|\bappointee\b|\bdementia\b|\balzheimer['’]?s\b|\brespite\b|\boccupational therap\w+\b|\bhospital discharge\b/gi,
    1,
    ADULTS,
  ),
  term(/\b(?<!foster |kinship |young )carers?\b/gi, 0.5, ADULTS),
  // Care at home as families describe it: visits by the time of day, equipment, adaptations,
  // hours of support, a discharge home, a home's fees.
  term(
    /\b(?:morning|lunch ?time|tea ?time|evening|bedtime|night) (?:calls?|visits?)\b|\b(?<!foster |kinship |young )carers? (?:came|come|comes|turned up|arrived?|visits?|calls?)\b|\bhoist\b|\bcommode\b|\bkey ?safe\b|\bpendant alarm\b|\b(?:bath|stair) ?lift\b|\bgrab rails?\b|\bwet room\b|\bsupport(?:ed)? (?:hours|living|package)\b|\bextra care\b|\b(?:sent|discharged) (?:back )?home from (?:hospital|the ward)\b|\b(?:care|home['’]?s?|nursing) fees\b|\btop[- ]up fees?\b/gi,
    2,
    ADULTS,
  ),
  {
    // An age of 65 or more beside care is an older adult's: "Mum is 81", "Joan Bellamy (88)".
    pattern:
      /\b(?:is|aged|age|i am|i['’]m) (?:6[5-9]|[7-9]\d|10\d)\b(?! (?:weeks?|months?|days?|hours?|minutes?|times?|calls?|pounds?|miles?|%|percent))|\b(?:6[5-9]|[7-9]\d)[- ]years?[- ]old\b|\((?:6[5-9]|[7-9]\d)\)/gi,
    weight: 1,
    reason: (q) => `Mentions an older adult's age ${q}`,
  },
];

/** Education is not social care: an EHCP complaint is corporate even when it is about a child. */
const NOT_SOCIAL_CARE: readonly Signal[] = [
  term(
    /\bEHCP\b|\beducation,? health and care plan\b|\bSEND\b|\bschool transport\b|\bhome to school transport\b|\bschool admissions?\b|\bSENCO\b/g,
    3,
    'education, not social care',
  ),
  {
    // The statutory children's procedure is for children, parents and carers: a neighbour
    // who reported a concern is not eligible, so their complaint is corporate.
    pattern:
      /\b(?:the (?:family|children|kids) next door|(?:my )?neighbour['’]?s (?:children|kids|family))\b/gi,
    weight: 3,
    reason: () => 'A neighbour (not eligible under the statutory children’s procedure)',
  },
];

export interface ProcedureSuggestion {
  readonly procedure: Procedure;
  readonly reasons: readonly string[];
}

/**
 * The likely procedure for a complaint: a quoted case reference decides it; otherwise the
 * words for children's and adults' social care functions, and corporate when neither leads.
 *
 * `suggestProcedure(parts('my foster carer says contact is cancelled'), [])` → children_statutory
 */
export function suggestProcedure(
  parts: EmailParts,
  references: readonly string[],
): ProcedureSuggestion {
  for (const ref of references) {
    const fromRef = procedureOfReference(ref);
    if (fromRef) return { procedure: fromRef, reasons: [`Quotes case reference ${ref}`] };
  }
  const childHits: Hit[] = [];
  const adultHits: Hit[] = [];
  const notHits: Hit[] = [];
  const text = `${parts.subject}\n${parts.own}\n${parts.forwarded}`;
  const children = scoreSignals(text, CHILDREN_TERMS, 1, childHits);
  const adults = scoreSignals(text, ADULT_TERMS, 1, adultHits);
  const notCare = scoreSignals(text, NOT_SOCIAL_CARE, 1, notHits);
  const best = Math.max(children, adults);
  if (best >= 2 && best > notCare) {
    if (children > adults)
      return { procedure: 'children_statutory', reasons: topReasons(childHits, 2) };
    if (adults > children)
      return { procedure: 'adults_statutory', reasons: topReasons(adultHits, 2) };
  }
  return {
    procedure: 'corporate',
    reasons:
      notHits.length > 0
        ? topReasons(notHits, 1)
        : ['No social care function mentioned: corporate'],
  };
}

const STAGE_3 = /\bstage (?:3|three)\b|\b(?:independent )?review panel\b/i;
const STAGE_2 =
  /\bstage (?:2|two)\b|\bescalat(?:e|ed|ion|ing)\b(?![^.\n]{0,30}\b(?:ombudsman|LGSCO|MP|press|solicitor))|\bindependent investigation\b|\bnext stage\b|\btake (?:this|it|my complaint|the matter) further\b|\bnot (?:satisfied|happy|content) with (?:the|your|this|that) (?:stage (?:1|one) )?(?:response|reply|outcome|letter|answer|decision|findings)\b|\bremain(?:s)? dissatisfied\b/i;

/**
 * Which stage a complaint asks for, from the sender's own words (not the council's letter
 * they quote). Adults' complaints have a single local stage; corporate ones have two.
 *
 * `suggestStage(parts('I would like my complaint considered at Stage 2'), 'corporate')` → 2
 */
export function suggestStage(
  parts: EmailParts,
  procedure: Procedure,
): { stage: Stage; reason?: string } {
  const text = `${parts.subject}\n${parts.own}\n${parts.forwarded}`;
  const third = STAGE_3.exec(text);
  const second = third ? null : STAGE_2.exec(text);
  let stage: Stage = third ? 3 : second ? 2 : 1;
  if (procedure === 'adults_statutory') stage = 1;
  if (procedure === 'corporate' && stage === 3) stage = 2;
  const match = third ?? second;
  return match && stage > 1 ? { stage, reason: `Asks for escalation: "${match[0]}"` } : { stage };
}
