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
 * Stage 2 from the agreed statement when the council chose that clock; pauses are excluded
 * (the report's pass works them out, `yearPasses.ts`).
 * Stage 1 taking exactly 10 working days is within 10; exactly 20 is within 20.
 */
export class TimelinessTally {
  private s1 = 0;
  private s1Within10 = 0;
  private s1Within20 = 0;
  private s1Extended = 0;
  private s1WithinTimescale = 0;
  private s2 = 0;
  private s2Within25 = 0;
  private s2Within65 = 0;
  private panels = 0;
  private panelOnTime = 0;
  private reportOnTime = 0;
  private responses = 0;
  private responseOnTime = 0;
  private allStepsOnTime = 0;

  /** A Stage 1 response given in the year after `days` working days. */
  addStage1(days: number, extended: boolean): void {
    this.s1 += 1;
    if (days <= 10) this.s1Within10 += 1;
    if (days <= 20) this.s1Within20 += 1;
    if (extended) this.s1Extended += 1;
    if (days <= (extended ? 20 : 10)) this.s1WithinTimescale += 1;
  }

  /** A Stage 2 response given in the year after `days` working days. */
  addStage2(days: number): void {
    this.s2 += 1;
    if (days <= 25) this.s2Within25 += 1;
    if (days <= 65) this.s2Within65 += 1;
  }

  /**
   * A Stage 3 panel that met in the year, `panelDays` after the request; its report (if any)
   * `reportDays` after the meeting, and the council's response (if any) `responseDays` after
   * the report. An absent step is `undefined`.
   */
  addPanel(panelDays: number, reportDays: number | undefined, responseDays: number | undefined) {
    this.panels += 1;
    if (panelDays <= 30) this.panelOnTime += 1;
    if (reportDays === undefined) return;
    if (reportDays <= 5) this.reportOnTime += 1;
    if (responseDays === undefined) return;
    this.responses += 1;
    if (responseDays <= 15) this.responseOnTime += 1;
    if (panelDays <= 30 && reportDays <= 5 && responseDays <= 15) this.allStepsOnTime += 1;
  }

  finish(): StageTimeliness {
    const s1 = this.s1;
    const s2 = this.s2;
    return {
      stage1: {
        responded: s1,
        within10: this.s1Within10,
        within20: this.s1Within20,
        over20: s1 - this.s1Within20,
        percentWithin10: percent(this.s1Within10, s1),
        percentWithin20: percent(this.s1Within20, s1),
        extended: this.s1Extended,
        withinTimescale: this.s1WithinTimescale,
        percentWithinTimescale: percent(this.s1WithinTimescale, s1),
      },
      stage2: {
        responded: s2,
        within25: this.s2Within25,
        within65: this.s2Within65,
        over65: s2 - this.s2Within65,
        percentWithin25: percent(this.s2Within25, s2),
        percentWithin65: percent(this.s2Within65, s2),
      },
      stage3: {
        panels: this.panels,
        panelWithinTimescale: this.panelOnTime,
        reportWithinTimescale: this.reportOnTime,
        responses: this.responses,
        responseWithinTimescale: this.responseOnTime,
        allStepsWithinTimescale: this.allStepsOnTime,
      },
    };
  }
}
