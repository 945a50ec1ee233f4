import { partFindings } from '../records';
import type { CaseFacts } from './reportInput';
import type { PartFigures } from './reportTypes';
import { zeroCounts } from './tally';

/**
 * Complaints in several parts (issue 16): how many issues the complaints received raised (a
 * complaint in one part is one issue; one in parts, one per part), and what was found on the
 * parts of the complaints resolved. Councils publish both ("448 issues in 369 complaints").
 */
export class PartsTally {
  private received = 0;
  private inParts = 0;
  private issues = 0;
  private resolvedParts = 0;
  private readonly findings = zeroCounts([...partFindings, 'not_recorded']);

  /** A complaint received in the year. */
  addReceived(c: CaseFacts): void {
    this.received += 1;
    // Most complaints have no parts: one read of the field, no arithmetic (the 100,000-case bench).
    const parts = c.parts;
    if (parts === undefined) {
      this.issues += 1;
      return;
    }
    if (parts.length > 1) this.inParts += 1;
    this.issues += Math.max(1, parts.length);
  }

  /** A complaint resolved in the year: its parts' findings, when it has parts. */
  addResolved(c: CaseFacts): void {
    const parts = c.parts;
    if (parts === undefined) return;
    for (const part of parts) {
      this.resolvedParts += 1;
      this.findings[part.finding ?? 'not_recorded'] += 1;
    }
  }

  finish(): PartFigures {
    return {
      complaints: this.received,
      inParts: this.inParts,
      issues: this.issues,
      resolvedParts: this.resolvedParts,
      byFinding: this.findings,
    };
  }
}
