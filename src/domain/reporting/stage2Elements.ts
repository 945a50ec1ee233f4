import type { StageElements } from '../records';
import type { Stage2Elements } from './reportTypes';

/**
 * What the Stage 2 investigations completed in the year found, element by element, where the
 * investigating officer's count was recorded (`Stage.elements`). Councils describe each Stage 2
 * complaint to committee this way ("8 elements, 2 upheld"): there are a handful a year.
 */
export class Stage2ElementsTally {
  private readonly completed: Stage2Elements['completed'][number][] = [];

  /** A Stage 2 response given in the year (`responded`, an ISO date) with its elements. */
  add(responded: string, elements: StageElements): void {
    this.completed.push({
      responded,
      investigated: elements.investigated,
      upheld: elements.upheld,
      partlyUpheld: elements.partlyUpheld,
    });
  }

  finish(): Stage2Elements {
    const completed = this.completed.sort((a, b) => a.responded.localeCompare(b.responded));
    const sum = (key: 'investigated' | 'upheld' | 'partlyUpheld') =>
      completed.reduce((total, each) => total + each[key], 0);
    const investigated = sum('investigated');
    const upheld = sum('upheld');
    const partlyUpheld = sum('partlyUpheld');
    return {
      investigations: completed.length,
      elements: investigated,
      upheld,
      partlyUpheld,
      notUpheld: investigated - upheld - partlyUpheld,
      completed,
    };
  }
}
