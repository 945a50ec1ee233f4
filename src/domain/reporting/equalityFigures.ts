import {
  answersNothing,
  equalityQuestionKeys,
  equalityQuestions,
  type EqualityMonitoring,
} from '../records';
import { NOT_RECORDED } from './profileFigures';
import type { CaseFacts } from './reportInput';
import type { EqualityFigures } from './reportTypes';
import { zeroCounts } from './tally';

/** The monitoring answers by case reference, as the report reads them. */
export type EqualityByCase = ReadonlyMap<string, EqualityMonitoring>;

/** `equalityByCase([{ caseReference: 'CF-1', sex: 'female', … }])` → Map { 'CF-1' → … } */
export const equalityByCase = (records: readonly EqualityMonitoring[]): EqualityByCase =>
  new Map(records.map((r) => [r.caseReference, r]));

/**
 * Equality monitoring over the complaints received in the year, in aggregate: for each
 * question every answer (with "prefer not to say" its own row) and `not_recorded` for the
 * complaints where it was not asked or not answered, so each table adds up to the complaints
 * received. Only people who may read the monitoring list get these (the report says so
 * otherwise); no figure is ever linked back to a case.
 */
export class EqualityTally {
  private complaints = 0;
  private answered = 0;
  private readonly counts = {
    ethnicity: zeroCounts([...equalityQuestions.ethnicity, NOT_RECORDED]),
    disability: zeroCounts([...equalityQuestions.disability, NOT_RECORDED]),
    ageBand: zeroCounts([...equalityQuestions.ageBand, NOT_RECORDED]),
    sex: zeroCounts([...equalityQuestions.sex, NOT_RECORDED]),
  };

  constructor(private readonly byCase: EqualityByCase) {}

  /** A complaint received in the year. */
  addComplaint(c: CaseFacts): void {
    this.complaints += 1;
    const answers = this.byCase.get(c.reference);
    if (answers && !answersNothing(answers)) this.answered += 1;
    for (const q of equalityQuestionKeys) {
      const counts = this.counts[q] as Record<string, number>;
      const answer = answers?.[q] ?? NOT_RECORDED;
      counts[answer] = (counts[answer] ?? 0) + 1;
    }
  }

  finish(): EqualityFigures {
    return {
      complaints: this.complaints,
      answered: this.answered,
      byEthnicity: this.counts.ethnicity,
      byDisability: this.counts.disability,
      byAgeBand: this.counts.ageBand,
      bySex: this.counts.sex,
    };
  }
}
