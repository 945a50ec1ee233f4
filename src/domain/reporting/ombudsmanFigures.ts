import { ombudsmanDecisions, remedyTypes } from '../records';
import { isInPeriod, type Period } from './financialYear';
import type { ScopedInput } from './reportInput';
import type { OmbudsmanFigures } from './reportTypes';
import { fromPence, percent, toPence, zeroCounts } from './tally';

/**
 * Ombudsman decisions made in the year, as the Ombudsman's annual review letter groups them,
 * with the remedies they asked for. A remedy complied with on or before its due date counts
 * as on time.
 */
export function ombudsmanFigures(scoped: ScopedInput, period: Period): OmbudsmanFigures {
  let enquiriesReceived = 0;
  let decisions = 0;
  let withInjustice = 0;
  let remedyPence = 0;
  let complianceDue = 0;
  let compliedOnTime = 0;
  const byDecision = zeroCounts(ombudsmanDecisions);
  const byRemedy = zeroCounts(remedyTypes);
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
    remedyPence += toPence(o.remedyAmount);
    for (const remedy of o.remedyTypes) byRemedy[remedy] += 1;
  }
  return {
    enquiriesReceived,
    decisions,
    byDecision,
    upheldPercentOfInvestigated: percent(
      byDecision.upheld,
      byDecision.upheld + byDecision.not_upheld,
    ),
    withInjustice,
    remedyPayments: fromPence(remedyPence),
    byRemedy,
    complianceDue,
    compliedOnTime,
  };
}
