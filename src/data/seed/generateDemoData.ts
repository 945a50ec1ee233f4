import { calendarForNation } from '../../domain/calendar/nationalCalendar';
import { fromDayNumber, toDayNumber } from '../../domain/calendar/dayNumber';
import { addWorkingDays } from '../../domain/calendar/workingDays';
import {
  causes as allCauses,
  defaultCouncilSettings,
  formatReference,
  referencePrefix,
  type ActionPlan,
  type Cause,
  type Complainant,
  type Correspondence,
  type Cost,
  type CouncilSettings,
  type DemandFigure,
  type FeedbackCase,
  type FeedbackType,
  type LearningAction,
  type OmbudsmanCase,
  type OmbudsmanYear,
  type Procedure,
  type ReceivedVia,
  type EqualityMonitoring,
  type Refusal,
  type Stage,
} from '../../domain/records';
import { asIsoDate, type IsoDate } from '../../domain/primitives/brand';
import { complaintTimeline } from './complaintTimeline';
import { demoEquality } from './demoEquality';
import { demoParts } from './demoParts';
import { demoRefusals } from './demoRefusals';
import { demoHeadsOfService, demoOwners, demoPeople } from './demoPeople';
import {
  demandFigures,
  demoOmbudsmanYears,
  followUpsFor,
  type DemoSignOff,
  type FollowUpCounters,
} from './followUps';
import { createRandom, type Random } from './random';
import {
  commentTopics,
  complaintSummary,
  complimentQuotes,
  mpTopics,
  mps,
  praisedPeople,
  serviceAreasByProcedure,
} from './seedText';

export interface DemoData {
  readonly cases: FeedbackCase[];
  readonly stages: Stage[];
  readonly correspondence: Correspondence[];
  readonly actions: LearningAction[];
  readonly plans: ActionPlan[];
  readonly signOffs: DemoSignOff[];
  readonly ombudsman: OmbudsmanCase[];
  readonly costs: Cost[];
  readonly refusals: Refusal[];
  /** Complainants' equality monitoring answers (complaints managers only). */
  readonly equality: EqualityMonitoring[];
  readonly ombudsmanYears: OmbudsmanYear[];
  readonly demand: DemandFigure[];
  readonly settings: CouncilSettings;
}

export interface DemoDataOptions {
  /** How many cases (all types). Default 600. */
  readonly cases?: number;
  readonly seed?: string | number;
  /** The last day with data; the CLI passes the real date. */
  readonly today: IsoDate;
  /** The first day with data. Default 1 April two financial years before today's. */
  readonly from?: IsoDate;
}

const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Jordan',
  'Morgan',
  'Casey',
  'Robin',
  'Jamie',
  'Taylor',
  'Charlie',
  'Avery',
];
const LAST_NAMES = [
  'Example',
  'Sample',
  'Testwood',
  'Demoford',
  'Placeholder',
  'Mockley',
  'Fictional',
];

/**
 * A number from the reference, 0 to `n - 1`: the fields below are derived from it rather than
 * drawn, so the random stream (and every figure the seeds and tests know) is unchanged.
 */
function spreadOf(reference: string, n: number): number {
  let h = 7;
  for (let i = 0; i < reference.length; i += 1) h = (h * 37 + reference.charCodeAt(i)) >>> 0;
  return h % n;
}

const AGE_BANDS = ['under_12', '12_to_15', '16_to_17', '18_to_25'] as const;
const ADVOCACY = [
  'not_offered',
  'offered_declined',
  'offered_taken_up',
  'offered_taken_up',
] as const;
/** Invented wards and example postcode districts (no real place is meant). */
const WARDS = ['Northgate', 'Riverside', 'Hillcrest', 'Old Town', 'Meadowbank', 'Castle'];
const DISTRICTS = ['EX1', 'EX2', 'EX4', 'EX8', 'EX10', 'EX14'];

/** A children's complaint: about a looked-after child for about half, with age and advocacy. */
function childDetails(reference: string): Partial<FeedbackCase> {
  if (spreadOf(reference, 3) === 0) return {};
  return {
    lookedAfterChild: spreadOf(`${reference}l`, 2) === 0,
    youngPersonAge: AGE_BANDS[spreadOf(`${reference}a`, AGE_BANDS.length)]!,
    advocacy: ADVOCACY[spreadOf(`${reference}v`, ADVOCACY.length)]!,
  };
}

/** Where: most cases have a ward and postcode district recorded, some not. */
function placeOf(reference: string): Partial<FeedbackCase> {
  const at = spreadOf(`${reference}p`, WARDS.length + 2);
  if (at >= WARDS.length) return {};
  return { ward: WARDS[at]!, postcodeDistrict: DISTRICTS[at]! };
}

/** 1 April of the financial year two before today's: 2026-11-23 → 2024-04-01. */
export function defaultFrom(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const fyStart = today.slice(5) >= '04-01' ? year : year - 1;
  return asIsoDate(`${fyStart - 2}-04-01`);
}

/**
 * Fictitious but realistic data for the demo and the benches, the same for the same seed:
 * `generateDemoData({ cases: 600, seed: 'demo', today: '2026-11-23' })` → ~600 cases from
 * 2024-04-01 across the three procedures, with stages on the statutory timescales, plans in
 * every state, actions, Ombudsman decisions, costs, refused complaints, demand figures and
 * settings.
 */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const r = createRandom(options.seed ?? 'feedback-desk');
  const cal = calendarForNation();
  const total = Math.max(0, Math.floor(options.cases ?? 600));
  const first = toDayNumber(options.from ?? defaultFrom(options.today));
  const last = toDayNumber(options.today);
  const days = Array.from({ length: total }, () => r.int(first, last)).sort((a, b) => a - b);
  const sequences = new Map<string, number>();
  const counters: FollowUpCounters = {
    plans: new Map(),
    actions: new Map(),
    costs: new Map(),
    ombudsman: 0,
    paidUpheld: 0,
  };
  const data: DemoData = {
    cases: [],
    stages: [],
    correspondence: [],
    actions: [],
    plans: [],
    signOffs: [],
    ombudsman: [],
    costs: [],
    refusals: [],
    equality: [],
    ombudsmanYears: [],
    demand: demandFigures(r, options.from ?? defaultFrom(options.today), options.today),
    settings: {
      ...defaultCouncilSettings(),
      councilName: 'Example County Council',
      headsOfService: demoHeadsOfService,
    },
  };

  for (const [n, day] of days.entries()) {
    const received = fromDayNumber(day);
    const type = r.weighted<FeedbackType>([
      ['complaint', 62],
      ['compliment', 20],
      ['mp_enquiry', 11],
      ['comment', 7],
    ]);
    const procedure: Procedure | null =
      type === 'complaint'
        ? r.weighted<Procedure>([
            ['children_statutory', 40],
            ['adults_statutory', 25],
            ['corporate', 35],
          ])
        : null;
    const prefix = referencePrefix(type, procedure);
    const year = Number(received.slice(0, 4));
    const sequence = (sequences.get(`${prefix}-${year}`) ?? 0) + 1;
    sequences.set(`${prefix}-${year}`, sequence);
    const reference = formatReference(prefix, year, sequence);
    const hour = r.int(7, 18);
    const receivedAt = `${received}T${String(hour).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00Z`;
    const owner = r.pick(demoOwners);
    const area = r.pick(
      serviceAreasByProcedure[
        procedure ?? r.pick(['children_statutory', 'adults_statutory', 'corporate'] as const)
      ],
    );
    const base = {
      schemaVersion: 2 as const,
      reference,
      type,
      procedure,
      received,
      receivedAt,
      serviceArea: area,
      owner,
      learning: [],
      jointWithNhs: false,
      timeLimitWaived: false,
    };
    let feedbackCase: FeedbackCase;
    let subject: string;
    if (type === 'complaint' && procedure) {
      const causes = r.sample<Cause>(
        allCauses,
        r.weighted([
          [1, 5],
          [2, 3],
          [3, 1],
        ] as const),
      );
      const timeline = complaintTimeline(r, cal, options.today, reference, procedure, received);
      const summary = complaintSummary(area, causes);
      feedbackCase = {
        ...base,
        status: timeline.closed ? 'closed' : 'open',
        currentStage: timeline.currentStage,
        summary,
        complainant: complainantFor(r, procedure),
        causes,
        earlyResolution: timeline.earlyResolution,
        ...(timeline.escalatedForDelay ? { escalatedForDelay: true } : {}),
        ...(timeline.earlyOmbudsmanReferral ? { earlyOmbudsmanReferral: true } : {}),
        ...(procedure === 'children_statutory' ? childDetails(reference) : {}),
        ...placeOf(reference),
        ...(procedure === 'children_statutory' &&
        area === 'Child protection' &&
        timeline.closed &&
        spreadOf(reference, 4) === 0
          ? { legalHold: true }
          : {}),
        jointWithNhs: procedure === 'adults_statutory' && r.chance(0.08),
        timeLimitWaived: r.chance(0.02),
        ...(timeline.closed ? { closed: timeline.closed } : {}),
        ...(timeline.outcome ? { outcome: timeline.outcome } : {}),
        // Taken back by the complainant: still received, so the demo's figures are unchanged.
        ...(timeline.outcome === 'withdrawn'
          ? { withdrawnAs: 'complainant_withdrew' as const }
          : {}),
        ...(timeline.closed &&
        (timeline.outcome === 'upheld' || timeline.outcome === 'partly_upheld')
          ? {
              learning: r.sample(
                [
                  'misunderstanding',
                  'process_not_followed',
                  'procedure_change',
                  'policy_change',
                ] as const,
                r.int(1, 2),
              ),
            }
          : {}),
        ...(procedure === 'children_statutory' && r.chance(0.03)
          ? {
              safeguarding: {
                flagged: true,
                reasons: ['describes a child left without supervision'],
                referredOn: received,
                referredBy: demoPeople.officer.name,
                note: 'Referred to the front door (MASH) the same day.',
              },
            }
          : {}),
      };
      data.stages.push(...timeline.stages);
      subject = `Complaint: ${area}`;
      const followUps = followUpsFor(
        r,
        cal,
        options.today,
        feedbackCase,
        timeline.stages,
        counters,
      );
      data.plans.push(...followUps.plans);
      data.signOffs.push(...followUps.signOffs);
      data.actions.push(...followUps.actions);
      data.ombudsman.push(...followUps.ombudsman);
      data.costs.push(...followUps.costs);
    } else {
      const respondAfter =
        type === 'compliment' ? r.int(1, 6) : r.chance(0.85) ? r.int(3, 10) : r.int(11, 16);
      const responded = addWorkingDays(cal, received, respondAfter);
      const done = responded <= options.today;
      const quotable = type === 'compliment' && r.chance(0.6);
      feedbackCase = {
        ...base,
        status: done ? 'closed' : 'open',
        currentStage: 0,
        summary:
          type === 'compliment'
            ? `Compliment for ${area}`
            : type === 'mp_enquiry'
              ? r.pick(mpTopics)
              : r.pick(commentTopics),
        complainant:
          type === 'mp_enquiry'
            ? 'mp'
            : r.pick<Complainant>(['parent', 'relative', 'other', 'not_recorded']),
        causes: [],
        earlyResolution: false,
        ...(done
          ? { closed: responded, [type === 'compliment' ? 'acknowledged' : 'responded']: responded }
          : {}),
        ...(type === 'compliment'
          ? {
              compliment: {
                praised: r.pick(praisedPeople),
                forwardTo: r.pick([
                  demoPeople.teamManager.name,
                  demoPeople.headOfChildren.name,
                  demoPeople.headOfAdults.name,
                ]),
                ...(done ? { forwardedOn: responded } : {}),
                quotable,
                ...(quotable ? { quote: r.pick(complimentQuotes) } : {}),
              },
            }
          : {}),
        ...(type === 'mp_enquiry'
          ? { mp: { ...r.pick(mps), constituent: 'A constituent (details on file)' } }
          : {}),
      };
      subject =
        type === 'compliment'
          ? 'Thank you'
          : type === 'mp_enquiry'
            ? 'Enquiry on behalf of a constituent'
            : 'Feedback';
    }
    // Drawn from a stream of its own, so adding the field left every other seeded value as it was.
    const receivedVia = receivedViaFor(
      createRandom(`${String(options.seed ?? 'feedback-desk')}:via:${reference}`),
      feedbackCase,
    );
    data.cases.push({ ...feedbackCase, receivedVia });
    const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
    data.correspondence.push({
      schemaVersion: 1,
      caseReference: reference,
      direction: 'incoming',
      channel: correspondenceChannelOf[receivedVia],
      at: receivedAt,
      subject: `${subject} (${reference})`,
      fromName: name,
      fromAddress: `${name.toLowerCase().replace(/\s+/g, '.')}.${n}@example.org`,
      internetMessageId: `<seed-${String(options.seed ?? 'feedback-desk')}-${n}@mail.example.org>`,
    });
  }
  const seed = String(options.seed ?? 'feedback-desk');
  // Lists as long as the whole dataset are appended one by one: spreading 150,000 items into
  // one call overflows the stack (the tab bench seeds that many).
  appendAll(data.refusals, demoRefusals(seed, data.cases, options.today));
  appendAll(data.ombudsmanYears, demoOmbudsmanYears(data.ombudsman));
  appendAll(data.equality, demoEquality(seed, data.cases));
  return { ...data, cases: demoParts(seed, data.cases) };
}

function appendAll<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/**
 * How a demo case arrived: an MP's enquiry, or a complaint an MP made for a constituent, came
 * through the member; most others by email or the council's web form, fewer by phone, letter
 * or in person (compliments more often by card or letter).
 */
function receivedViaFor(r: Random, c: FeedbackCase): ReceivedVia {
  if (c.type === 'mp_enquiry' || c.complainant === 'mp') return 'mp_or_councillor';
  if (c.type === 'compliment')
    return r.weighted<ReceivedVia>([
      ['email', 50],
      ['letter', 20],
      ['web_form', 15],
      ['phone', 10],
      ['in_person', 5],
    ]);
  return r.weighted<ReceivedVia>([
    ['email', 50],
    ['web_form', 25],
    ['phone', 12],
    ['letter', 8],
    ['in_person', 3],
    ['mp_or_councillor', 2],
  ]);
}

/** The first correspondence item's channel for the way a case arrived. */
const correspondenceChannelOf: Record<ReceivedVia, Correspondence['channel']> = {
  email: 'email',
  web_form: 'email',
  phone: 'phone',
  letter: 'letter',
  in_person: 'meeting',
  mp_or_councillor: 'email',
};

function complainantFor(r: ReturnType<typeof createRandom>, procedure: Procedure): Complainant {
  if (procedure === 'children_statutory')
    return r.weighted<Complainant>([
      ['parent', 45],
      ['child', 10],
      ['advocate', 10],
      ['relative', 14],
      ['carer', 10],
      ['professional', 5],
      ['mp', 2],
      ['other', 4],
    ]);
  if (procedure === 'adults_statutory')
    return r.weighted<Complainant>([
      ['relative', 50],
      ['other', 25],
      ['advocate', 10],
      ['professional', 5],
      ['not_recorded', 10],
    ]);
  return r.weighted<Complainant>([
    ['other', 75],
    ['not_recorded', 20],
    ['mp', 5],
  ]);
}
