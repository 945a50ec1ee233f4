import {
  feedbackCaseSchema,
  stageSchema,
  partFindings,
  type ComplaintPart,
  type FeedbackCase,
  type PartFinding,
  type Stage,
  type StageNumber,
} from '../../domain/records';
import type { IsoDate } from '../../domain/primitives/brand';
import { casesList } from '../lists';
import type { CsvFileSpec } from './csvTable';
import { FieldCells } from './fieldCells';
import type { RowReader } from './rowReader';

/**
 * The columns of cases.csv that are fields of a case (docs/import.md): the column, the kind
 * of value and its codes come from the Cases list's field mappings.
 */
const caseCells = new FieldCells(casesList.fields, {
  reference: { required: true, max: 64 },
  type: { required: true },
  // The column is required; its value only for complaints ('none' for the others).
  procedure: { column: 'required', none: 'none' },
  received: { required: true },
  complainant: {},
  // An extra beyond docs/contracts.md, Import files; not recorded when blank.
  receivedVia: {},
  serviceArea: { max: 255 },
  causes: {},
  earlyResolution: {},
  jointWithNhs: {},
  outcome: {},
  closed: {},
  responded: {},
  summary: { max: 4000 },
  // Extras beyond docs/contracts.md, Import files.
  learning: {},
  escalatedForDelay: {},
  earlyOmbudsmanReferral: {},
  lookedAfterChild: {},
  youngPersonAge: {},
  advocacy: {},
  adjustments: { max: 2000 },
  adjustmentsReviewOn: {},
  legalHold: {},
  postcodeDistrict: { max: 4 },
  ward: { max: 100 },
  withdrawnAs: {},
  duplicateOf: { max: 64 },
});

/** cases.csv (docs/contracts.md, Import files), plus optional extras documented in docs/import.md. */
export const casesFile: CsvFileSpec = caseCells.file('cases.csv', {
  // Columns that are not a case's own fields: its stages, and parts of a compliment or an MP enquiry.
  known: [
    'stage1_acknowledged',
    'stage1_responded',
    'stage1_extended',
    'stage2_requested',
    'stage2_started',
    'stage2_acknowledged',
    'stage2_responded',
    'stage2_extended',
    'stage3_requested',
    'stage3_panel',
    'stage3_report',
    'stage3_responded',
    'paused_working_days',
    'mp_name',
    'quote',
    // Extras beyond docs/contracts.md, Import files:
    'stage2_paused_working_days',
    'stage3_paused_working_days',
    'stage1_agreed_response',
    'stage2_elements_investigated',
    'stage2_elements_upheld',
    'stage2_elements_partly_upheld',
    'parts',
  ],
});

/**
 * The `parts` column of a complaint in several parts: `Fostering: upheld; Leaving care` (each
 * part's service area, then its finding after the last colon when it has one). Blank: a
 * complaint in one part.
 *   readParts('Fostering: upheld; Leaving care') → [{ serviceArea: 'Fostering', finding: 'upheld' }, { serviceArea: 'Leaving care' }]
 */
export function readParts(cell: string): ComplaintPart[] | undefined {
  const items = cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return undefined;
  return items.map((item) => {
    const colon = item.lastIndexOf(':');
    const tail = item.slice(colon + 1).trim();
    return colon >= 0 && (partFindings as readonly string[]).includes(tail)
      ? { serviceArea: item.slice(0, colon).trim(), finding: tail as PartFinding }
      : { serviceArea: item };
  });
}

export interface CaseRow {
  readonly row: number;
  readonly case: FeedbackCase;
  readonly stages: readonly Stage[];
}

const EXTENSION_REASON = 'Extension agreed (imported; reason not recorded)';

/**
 * One row of cases.csv as a case and its stage records. A complaint not resolved early gets a
 * Stage 1 that starts on `received`; Stage 2 and 3 exist when they were requested.
 * `paused_working_days` is Stage 1's (Stage 2 and 3 have their own optional columns).
 */
export function readCaseRow(r: RowReader): CaseRow | undefined {
  // Read in this order, so a row's errors are listed in it.
  const reference = caseCells.read(r, 'reference');
  const type = caseCells.read(r, 'type');
  const procedureCell = caseCells.read(r, 'procedure');
  const received = caseCells.read(r, 'received');
  const complainant = caseCells.read(r, 'complainant');
  const receivedVia = caseCells.read(r, 'receivedVia');
  const serviceArea = caseCells.read(r, 'serviceArea');
  const causeList = caseCells.read(r, 'causes') ?? [];
  const learning = caseCells.read(r, 'learning') ?? [];
  const earlyResolution = caseCells.read(r, 'earlyResolution');
  const jointWithNhs = caseCells.read(r, 'jointWithNhs');
  const escalatedForDelay = caseCells.read(r, 'escalatedForDelay');
  const earlyOmbudsmanReferral = caseCells.read(r, 'earlyOmbudsmanReferral');
  const lookedAfterChild = caseCells.read(r, 'lookedAfterChild');
  const youngPersonAge = caseCells.read(r, 'youngPersonAge');
  const advocacy = caseCells.read(r, 'advocacy');
  const legalHold = caseCells.read(r, 'legalHold');
  const postcodeDistrict = caseCells.read(r, 'postcodeDistrict');
  const ward = caseCells.read(r, 'ward');
  const withdrawnAs = caseCells.read(r, 'withdrawnAs');
  const duplicateOf = caseCells.read(r, 'duplicateOf');
  const parts = readParts(r.raw('parts'));
  // Optional extras kept as given, nothing when blank: reasonable adjustments.
  const givenExtras = Object.fromEntries(
    (['adjustments', 'adjustmentsReviewOn'] as const)
      .map((field) => [field, caseCells.read(r, field)] as const)
      .filter(([, value]) => value != null),
  );
  const outcome = caseCells.read(r, 'outcome');
  const closed = caseCells.read(r, 'closed') ?? undefined;
  const responded = caseCells.read(r, 'responded') ?? undefined;
  const mpName = r.text('mp_name', { max: 255 });
  const quote = r.text('quote', { max: 1000 });
  const summary = caseCells.read(r, 'summary');
  const s1 = {
    acknowledged: r.date('stage1_acknowledged'),
    responded: r.date('stage1_responded'),
    extended: r.yesNo('stage1_extended'),
    paused: r.wholeNumber('paused_working_days'),
    agreedResponse: r.date('stage1_agreed_response'),
  };
  const s2 = {
    requested: r.date('stage2_requested'),
    started: r.date('stage2_started'),
    acknowledged: r.date('stage2_acknowledged'),
    responded: r.date('stage2_responded'),
    extended: r.yesNo('stage2_extended'),
    paused: r.wholeNumber('stage2_paused_working_days'),
    investigated: r.wholeNumber('stage2_elements_investigated'),
    upheld: r.wholeNumber('stage2_elements_upheld'),
    partlyUpheld: r.wholeNumber('stage2_elements_partly_upheld'),
  };
  const s3 = {
    requested: r.date('stage3_requested'),
    panel: r.date('stage3_panel'),
    report: r.date('stage3_report'),
    responded: r.date('stage3_responded'),
    paused: r.wholeNumber('stage3_paused_working_days'),
  };
  if (!r.ok || reference == null || type == null || received == null) return undefined;

  const procedure = procedureCell ?? null;
  if (type === 'complaint' && procedure === null) {
    r.fail(
      'procedure',
      'a complaint needs its procedure: children_statutory, adults_statutory or corporate',
    );
  }
  const hasStage1 = s1.acknowledged ?? s1.responded;
  const hasLater = s2.requested ?? s2.responded ?? s3.requested ?? s3.panel;
  if (type !== 'complaint' && (hasStage1 ?? hasLater) !== undefined) {
    r.fail('type', `only complaints have stages; this row is a ${type}`);
  }
  // Joint handling with the NHS is the 2009 regulations' (reg. 9): adults' complaints only.
  if (jointWithNhs === true && (type !== 'complaint' || procedure !== 'adults_statutory')) {
    r.fail(
      'joint_with_nhs',
      'only an adults_statutory complaint can be handled jointly with the NHS',
    );
  }
  // The agreed response period is the 2009 regulations' (reg. 14): adults' complaints only.
  if (
    s1.agreedResponse !== undefined &&
    (type !== 'complaint' || procedure !== 'adults_statutory' || earlyResolution === true)
  ) {
    r.fail(
      'stage1_agreed_response',
      'only an adults_statutory complaint at Stage 1 has a response date agreed with the complainant',
    );
  }
  if (earlyResolution === true && (hasStage1 ?? hasLater) !== undefined) {
    r.fail(
      'early_resolution',
      'a complaint resolved early has no Stage 1, 2 or 3 dates; set early_resolution to no',
    );
  }
  if (s2.requested === undefined && (s2.started ?? s2.acknowledged ?? s2.responded) !== undefined) {
    r.fail('stage2_requested', 'stage2_requested is needed when other Stage 2 dates are given');
  }
  // What a Stage 2 investigation found: its elements, upheld or partly upheld among them.
  const elementCells = [s2.investigated, s2.upheld, s2.partlyUpheld];
  if (elementCells.some((n) => n !== undefined)) {
    if (s2.requested === undefined)
      r.fail('stage2_requested', 'stage2_requested is needed when Stage 2 elements are given');
    else if (s2.investigated === undefined || s2.investigated < 1)
      r.fail(
        'stage2_elements_investigated',
        'give how many elements were investigated (1 or more) with the upheld counts',
      );
    else if ((s2.upheld ?? 0) + (s2.partlyUpheld ?? 0) > s2.investigated)
      r.fail(
        'stage2_elements_upheld',
        'more elements upheld or partly upheld than stage2_elements_investigated',
      );
  }
  if (s3.requested === undefined && (s3.panel ?? s3.report ?? s3.responded) !== undefined) {
    r.fail('stage3_requested', 'stage3_requested is needed when other Stage 3 dates are given');
  }
  const order: [string, IsoDate | undefined, string, IsoDate | undefined][] = [
    ['stage1_acknowledged', s1.acknowledged, 'received', received],
    ['stage1_responded', s1.responded, 'received', received],
    ['stage1_agreed_response', s1.agreedResponse, 'received', received],
    ['stage2_requested', s2.requested, 'received', received],
    ['stage2_started', s2.started, 'stage2_requested', s2.requested],
    ['stage2_acknowledged', s2.acknowledged, 'stage2_requested', s2.requested],
    ['stage2_responded', s2.responded, 'stage2_requested', s2.requested],
    ['stage3_requested', s3.requested, 'stage2_requested', s2.requested],
    ['stage3_panel', s3.panel, 'stage3_requested', s3.requested],
    ['stage3_report', s3.report, 'stage3_panel', s3.panel],
    ['stage3_responded', s3.responded, 'stage3_report', s3.report],
    ['closed', closed, 'received', received],
    ['responded', responded, 'received', received],
  ];
  for (const [later, laterDate, earlier, earlierDate] of order)
    r.notBefore(later, laterDate, earlier, earlierDate);
  if (s3.requested !== undefined && s2.requested === undefined) {
    r.fail(
      'stage3_requested',
      'a Stage 3 request needs the Stage 2 request before it (stage2_requested)',
    );
  }
  if (!r.ok) return undefined;

  const stages: Stage[] = [];
  if (type === 'complaint') {
    if (earlyResolution === true) {
      stages.push(
        stage(reference, 0, { requested: received, responded: closed, paused: undefined }),
      );
    } else {
      stages.push(
        stage(reference, 1, {
          requested: received,
          acknowledged: s1.acknowledged,
          responded: s1.responded,
          extension: s1.extended === true ? received : undefined,
          agreedResponse: s1.agreedResponse,
          paused: s1.paused,
        }),
      );
    }
    if (s2.requested !== undefined) {
      stages.push(
        stage(reference, 2, {
          requested: s2.requested,
          started: s2.started,
          acknowledged: s2.acknowledged,
          responded: s2.responded,
          extension: s2.extended === true ? s2.requested : undefined,
          paused: s2.paused,
          elements:
            s2.investigated !== undefined
              ? {
                  investigated: s2.investigated,
                  upheld: s2.upheld ?? 0,
                  partlyUpheld: s2.partlyUpheld ?? 0,
                }
              : undefined,
        }),
      );
    }
    if (s3.requested !== undefined) {
      stages.push(
        stage(reference, 3, {
          requested: s3.requested,
          panelMet: s3.panel,
          panelReport: s3.report,
          responded: s3.responded,
          paused: s3.paused,
        }),
      );
    }
  }
  const currentStage = (stages[stages.length - 1]?.number ?? 0) as StageNumber;
  const finished = closed !== undefined || (type !== 'complaint' && responded !== undefined);
  const candidate = {
    schemaVersion: 2,
    reference,
    type,
    procedure,
    status: finished ? 'closed' : 'open',
    currentStage,
    received,
    summary: summary ?? '',
    complainant: complainant ?? 'not_recorded',
    ...(receivedVia != null ? { receivedVia } : {}),
    ...(serviceArea !== undefined ? { serviceArea } : {}),
    causes: causeList,
    earlyResolution: earlyResolution === true,
    jointWithNhs: jointWithNhs === true,
    ...(escalatedForDelay === true ? { escalatedForDelay: true } : {}),
    ...(earlyOmbudsmanReferral === true ? { earlyOmbudsmanReferral: true } : {}),
    ...(lookedAfterChild === true ? { lookedAfterChild: true } : {}),
    ...(youngPersonAge !== undefined ? { youngPersonAge } : {}),
    ...(advocacy !== undefined ? { advocacy } : {}),
    ...givenExtras,
    ...(legalHold === true ? { legalHold: true } : {}),
    ...(postcodeDistrict !== undefined ? { postcodeDistrict } : {}),
    ...(ward !== undefined ? { ward } : {}),
    ...(withdrawnAs !== undefined ? { withdrawnAs } : {}),
    ...(duplicateOf !== undefined ? { duplicateOf } : {}),
    ...(parts !== undefined ? { parts } : {}),
    ...(outcome !== undefined ? { outcome } : {}),
    ...(closed !== undefined ? { closed } : {}),
    ...(responded !== undefined ? { responded } : {}),
    learning,
    ...(type === 'compliment'
      ? {
          compliment: {
            praised: serviceArea ?? 'Not recorded',
            ...(quote !== undefined ? { quote } : {}),
            quotable: quote !== undefined,
          },
        }
      : {}),
    ...(type === 'mp_enquiry' && mpName !== undefined ? { mp: { name: mpName } } : {}),
  };
  const parsed = feedbackCaseSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) r.fail(String(issue.path[0] ?? ''), issue.message);
    return undefined;
  }
  return { row: r.row, case: parsed.data, stages };
}

interface StageDates {
  requested: IsoDate;
  started?: IsoDate | undefined;
  acknowledged?: IsoDate | undefined;
  responded?: IsoDate | undefined;
  panelMet?: IsoDate | undefined;
  panelReport?: IsoDate | undefined;
  /** The date the extension is recorded against (imports do not know when it was agreed). */
  extension?: IsoDate | undefined;
  agreedResponse?: IsoDate | undefined;
  elements?: Stage['elements'] | undefined;
  paused: number | undefined;
}

function stage(reference: string, number: StageNumber, d: StageDates): Stage {
  return stageSchema.parse({
    schemaVersion: 1,
    caseReference: reference,
    number,
    requested: d.requested,
    ...(d.started !== undefined ? { started: d.started } : {}),
    ...(d.acknowledged !== undefined ? { acknowledged: d.acknowledged } : {}),
    ...(d.responded !== undefined ? { responded: d.responded } : {}),
    ...(d.panelMet !== undefined ? { panelMet: d.panelMet } : {}),
    ...(d.panelReport !== undefined ? { panelReport: d.panelReport } : {}),
    ...(d.extension !== undefined
      ? { extension: { agreedOn: d.extension, reason: EXTENSION_REASON } }
      : {}),
    ...(d.agreedResponse !== undefined ? { agreedResponse: d.agreedResponse } : {}),
    ...(d.elements !== undefined ? { elements: d.elements } : {}),
    pauses:
      d.paused !== undefined && d.paused > 0
        ? [{ workingDays: d.paused, reason: 'imported', agreedByBoth: false }]
        : [],
  });
}
