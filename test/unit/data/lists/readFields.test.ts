import { describe, expect, it } from 'vitest';
import {
  actionPlansList,
  actionsList,
  allLists,
  casesList,
  correspondenceList,
  costsList,
  demandList,
  narrativesList,
  ombudsmanList,
  settingsList,
  stagesList,
  type ListDefinition,
} from '../../../../src/data/lists';
import { fieldsReadBy } from '../../../../src/data/lists/listDefinition';
import { generateDemoData } from '../../../../src/data/seed/generateDemoData';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

/** What Graph hands back for `fields($select=…)`: only those fields, nulls left out. */
const selected = (fields: Record<string, unknown>, names: readonly string[]) =>
  Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => v !== null && !k.includes('@') && names.includes(k)),
  );

function expectReadBack<T>(definition: ListDefinition<T>, values: readonly T[]) {
  const names = fieldsReadBy(definition);
  expect(values.length).toBeGreaterThan(0);
  for (const value of values)
    expect(definition.fromFields(selected(definition.toFields(value), names))).toEqual({
      ok: true,
      value,
    });
}

describe('the fields a snapshot asks Graph for', () => {
  const data = generateDemoData({
    cases: 400,
    seed: 'read-fields',
    today: asIsoDate('2026-06-30'),
  });

  it('are enough to read every record back exactly as written', () => {
    expectReadBack(casesList, data.cases);
    expectReadBack(stagesList, data.stages);
    // The snapshot drops the message key (it only makes saves idempotent), so it is not read.
    expectReadBack(
      correspondenceList,
      data.correspondence.map((c) => ({ ...c, messageKey: '' })),
    );
    expectReadBack(actionsList, data.actions);
    expectReadBack(actionPlansList, data.plans);
    expectReadBack(ombudsmanList, data.ombudsman);
    expectReadBack(costsList, data.costs);
    expectReadBack(demandList, data.demand);
    expectReadBack(settingsList, [data.settings]);
    // A narrative with every text, one with none (blank texts are not stored).
    expectReadBack(narrativesList, [
      {
        schemaVersion: 1,
        year: '2024-25',
        procedure: 'corporate',
        introduction: 'An invented introduction.\n\nIts second paragraph.',
        context: 'Context.',
        keyMessages: 'One.\nTwo.',
        learning: 'Learning.',
        priorities: 'Priorities.',
        selfAssessment: 'Self-assessment.',
        governanceResponse: 'Response.',
        refusals: 'Refusals.',
        featured: [{ youSaid: 'You said.', weDid: 'We did.' }],
        ombudsmanFindings: [{ found: 'Found.', weDid: 'We did.' }],
      },
      { schemaVersion: 1, year: '2023-24', procedure: 'all', featured: [], ombudsmanFindings: [] },
    ]);
  });

  it('name only columns the list has (or Title)', () => {
    for (const list of allLists) {
      const columns = new Set(['Title', ...list.columns.map((column) => column.name)]);
      for (const name of fieldsReadBy(list as ListDefinition<unknown>))
        expect(columns.has(name), `${list.displayName}.${name}`).toBe(true);
    }
  });

  it('leave out what only writes need: keys, reference sequences, Titles that repeat a value', () => {
    expect(fieldsReadBy(casesList)).not.toEqual(
      expect.arrayContaining(['Title', 'ReferenceSeries', 'ReferenceSequence', 'MessageKey']),
    );
    expect(fieldsReadBy(casesList).filter((n) => n.startsWith('Reference'))).toEqual(['Reference']);
    expect(fieldsReadBy(stagesList)).not.toContain('StageKey');
    expect(fieldsReadBy(correspondenceList)).not.toContain('MessageKey');
    expect(fieldsReadBy(actionsList)).toContain('Title'); // older actions kept their text there
  });
});
