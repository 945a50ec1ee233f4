import type { ComplaintPart, FeedbackCase, PartFinding } from '../../domain/records';
import { createRandom } from './random';
import { serviceAreasByProcedure } from './seedText';

/**
 * The demo's complaints in several parts: about one complaint in eight is about two or three
 * services of its procedure, its own first. A closed complaint's parts have findings that fit
 * its outcome (an upheld complaint has an upheld part; a not upheld one none). Drawn from a
 * stream of its own, so every other seeded value stays as it was.
 */
export function demoParts(seed: string, cases: readonly FeedbackCase[]): FeedbackCase[] {
  const r = createRandom(`${seed}:parts`);
  return cases.map((c) => {
    if (c.type !== 'complaint' || c.procedure === null || !c.serviceArea || !r.chance(0.12))
      return c;
    const others = serviceAreasByProcedure[c.procedure].filter((a) => a !== c.serviceArea);
    const count = r.chance(0.7) ? 1 : 2;
    const areas = [c.serviceArea];
    while (areas.length < count + 1 && others.length > 0)
      areas.push(others.splice(r.int(0, others.length - 1), 1)[0] as string);
    if (areas.length < 2) return c;
    const parts: ComplaintPart[] = areas.map((serviceArea, i) => {
      const finding = findingFor(c, i, () => r.chance(0.5));
      return finding ? { serviceArea, finding } : { serviceArea };
    });
    return { ...c, parts };
  });
}

/** The first part carries the complaint's outcome; the others are lesser findings. */
function findingFor(c: FeedbackCase, i: number, coin: () => boolean): PartFinding | undefined {
  if (c.status !== 'closed') return undefined;
  switch (c.outcome) {
    case 'upheld':
      return i === 0 || coin() ? 'upheld' : 'partly_upheld';
    case 'partly_upheld':
      return i === 0 ? 'upheld' : coin() ? 'not_upheld' : 'partly_upheld';
    case 'not_upheld':
      return 'not_upheld';
    case 'no_finding':
      return 'no_finding';
    default:
      return undefined;
  }
}
