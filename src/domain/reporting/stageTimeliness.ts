import { isInPeriod, type Period } from './financialYear';
import { stageWorkingDays, workingDaysTaken, type ReportCalendar } from './reportCalendar';
import type { ScopedInput, StageFacts } from './reportInput';
import type { Stage1Timeliness, Stage2Timeliness, Stage3Timeliness } from './reportTypes';
import { percent } from './tally';

export interface StageTimeliness {
  readonly stage1: Stage1Timeliness;
  readonly stage2: Stage2Timeliness;
  readonly stage3: Stage3Timeliness;
}

/**
 * Timeliness on the resolved basis: a stage counts in the year its response was given (for
 * Stage 3, the year the panel met). Working days run from the request (receipt), or for
 * Stage 2 from the agreed statement when the council chose that clock; pauses are excluded.
 * Stage 1 taking exactly 10 working days is within 10; exactly 20 is within 20.
 */
export function stageTimeliness(
  scoped: ScopedInput,
  period: Period,
  calendar: ReportCalendar,
  stage2ClockStart: 'request' | 'statement_agreed',
): StageTimeliness {
  let s1 = 0,
    s1Within10 = 0,
    s1Within20 = 0,
    s1Extended = 0,
    s1WithinTimescale = 0;
  let s2 = 0,
    s2Within25 = 0,
    s2Within65 = 0;
  let panels = 0,
    panelOnTime = 0,
    reportOnTime = 0,
    responses = 0,
    responseOnTime = 0;
  for (const { stage } of scoped.stages) {
    if (stage.number === 1 && isInPeriod(stage.responded, period)) {
      const days = stageWorkingDays(calendar, stage, stage.requested, stage.responded);
      s1 += 1;
      if (days <= 10) s1Within10 += 1;
      if (days <= 20) s1Within20 += 1;
      if (stage.extension !== undefined) s1Extended += 1;
      if (days <= (stage.extension !== undefined ? 20 : 10)) s1WithinTimescale += 1;
    } else if (stage.number === 2 && isInPeriod(stage.responded, period)) {
      const start = stage2Start(stage, stage2ClockStart);
      const days = stageWorkingDays(calendar, stage, start, stage.responded);
      s2 += 1;
      if (days <= 25) s2Within25 += 1;
      if (days <= 65) s2Within65 += 1;
    } else if (stage.number === 3 && isInPeriod(stage.panelMet, period)) {
      panels += 1;
      if (stageWorkingDays(calendar, stage, stage.requested, stage.panelMet) <= 30)
        panelOnTime += 1;
      if (stage.panelReport !== undefined) {
        if (workingDaysTaken(calendar, stage.panelMet, stage.panelReport) <= 5) reportOnTime += 1;
        if (stage.responded !== undefined) {
          responses += 1;
          if (workingDaysTaken(calendar, stage.panelReport, stage.responded) <= 15) {
            responseOnTime += 1;
          }
        }
      }
    }
  }
  return {
    stage1: {
      responded: s1,
      within10: s1Within10,
      within20: s1Within20,
      over20: s1 - s1Within20,
      percentWithin10: percent(s1Within10, s1),
      percentWithin20: percent(s1Within20, s1),
      extended: s1Extended,
      withinTimescale: s1WithinTimescale,
      percentWithinTimescale: percent(s1WithinTimescale, s1),
    },
    stage2: {
      responded: s2,
      within25: s2Within25,
      within65: s2Within65,
      over65: s2 - s2Within65,
      percentWithin25: percent(s2Within25, s2),
      percentWithin65: percent(s2Within65, s2),
    },
    stage3: {
      panels,
      panelWithinTimescale: panelOnTime,
      reportWithinTimescale: reportOnTime,
      responses,
      responseWithinTimescale: responseOnTime,
    },
  };
}

function stage2Start(stage: StageFacts, clockStart: 'request' | 'statement_agreed') {
  return clockStart === 'statement_agreed' && stage.started !== undefined
    ? stage.started
    : stage.requested;
}
