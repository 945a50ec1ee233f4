import { hadFinalResponse, ombudsmanDecisions, remedyTypes, type OmbudsmanCase } from '../records';
import { financialYearOf, isInPeriod, type Period } from './financialYear';
import type { ScopedInput } from './reportInput';
import type { CodeFinding, OmbudsmanFigures } from './reportTypes';
import { fromPence, percent, toPence, zeroCounts } from './tally';

/** The council upheld (or partly upheld) the complaint itself before the Ombudsman decided. */
function councilUpheld(scoped: ScopedInput, reference: string | undefined): boolean {
  const outcome = reference === undefined ? undefined : scoped.caseOf(reference)?.outcome;
  return outcome === 'upheld' || outcome === 'partly_upheld';
}

/** The service area recorded on the Ombudsman case, else on its case; `Not recorded`. */
function serviceAreaOf(scoped: ScopedInput, o: OmbudsmanCase): string {
  const linked =
    o.caseReference === undefined ? undefined : scoped.caseOf(o.caseReference)?.serviceArea;
  return o.serviceArea ?? (linked !== undefined && linked !== '' ? linked : 'Not recorded');
}

/**
 * Ombudsman decisions made in the year, as the Ombudsman's annual review letter groups them,
 * with the remedies they asked for. A remedy complied with on or before its due date counts
 * as on time. An upheld decision on a complaint the council had not upheld itself counts
 * towards the "actual uphold rate"; one not linked to a case counts there too (nothing shows
 * the council had upheld it).
 */
export function ombudsmanFigures(scoped: ScopedInput, period: Period): OmbudsmanFigures {
  let enquiriesReceived = 0;
  let decisions = 0;
  let withInjustice = 0;
  let publicReports = 0;
  let remedyPence = 0;
  let complianceDue = 0;
  let compliedOnTime = 0;
  let upheldWhereCouncilHadNot = 0;
  let earlyReferrals = 0;
  let afterFinalResponse = 0;
  const byDecision = zeroCounts(ombudsmanDecisions);
  const byRemedy = zeroCounts(remedyTypes);
  const byServiceArea: Record<string, number> = {};
  const codeFindings: CodeFinding[] = [];
  for (const o of scoped.ombudsman) {
    if (isInPeriod(o.received, period)) enquiriesReceived += 1;
    if (isInPeriod(o.complianceDue, period)) {
      complianceDue += 1;
      if (o.complied !== undefined && o.complied <= o.complianceDue) compliedOnTime += 1;
    }
    if (o.decision === undefined || !isInPeriod(o.decided, period)) continue;
    decisions += 1;
    byDecision[o.decision] += 1;
    if (o.injustice === true) withInjustice += 1;
    if (o.publicReport === true) publicReports += 1;
    if (o.decision === 'upheld' && !councilUpheld(scoped, o.caseReference))
      upheldWhereCouncilHadNot += 1;
    // Referred straight after Stage 2, by agreement, without a Stage 3 panel.
    const linked = o.caseReference === undefined ? undefined : scoped.caseOf(o.caseReference);
    if (linked?.earlyOmbudsmanReferral) earlyReferrals += 1;
    // Came having used every local stage of its procedure.
    if (linked && hadFinalResponse(linked)) afterFinalResponse += 1;
    remedyPence += toPence(o.remedyAmount);
    for (const remedy of o.remedyTypes) byRemedy[remedy] += 1;
    const area = serviceAreaOf(scoped, o);
    byServiceArea[area] = (byServiceArea[area] ?? 0) + 1;
    if (o.codeNonCompliance !== undefined && o.decided !== undefined)
      codeFindings.push({
        reference: o.reference,
        decided: o.decided,
        finding: o.codeNonCompliance,
      });
  }
  codeFindings.sort(
    (a, b) => a.decided.localeCompare(b.decided) || a.reference.localeCompare(b.reference),
  );
  return {
    enquiriesReceived,
    decisions,
    byDecision,
    upheldPercentOfInvestigated: percent(
      byDecision.upheld,
      byDecision.upheld + byDecision.not_upheld,
    ),
    upheldWhereCouncilHadNot,
    earlyReferrals,
    afterFinalResponse,
    actualUpholdPercent: percent(upheldWhereCouncilHadNot, decisions),
    withInjustice,
    publicReports,
    remedyPayments: fromPence(remedyPence),
    byRemedy,
    byServiceArea,
    complianceDue,
    compliedOnTime,
    codeFindings,
    ...councilFiguresOf(scoped, period),
  };
}

/** The Ombudsman's own figures for the council in the year, when they were entered. */
function councilFiguresOf(
  scoped: ScopedInput,
  period: Period,
): Pick<OmbudsmanFigures, 'councilFigures'> {
  const year = financialYearOf(period.from);
  const entered = scoped.ombudsmanYears.find((y) => y.year === year);
  return entered ? { councilFigures: entered } : {};
}
