import { describe, expect, it } from 'vitest';
import { columnFor, FieldCells } from '../../../../src/data/import/fieldCells';
import { ErrorLog } from '../../../../src/data/import/importError';
import { RowReader } from '../../../../src/data/import/rowReader';
import {
  actionsFile,
  contextFile,
  costsFile,
  ombudsmanFile,
} from '../../../../src/data/import/otherRows';
import { casesFile } from '../../../../src/data/import/caseRows';
import { choice, date, group, text, type FieldMappings } from '../../../../src/data/lists/fieldMap';
import { actionsList, costsList, demandList, ombudsmanList } from '../../../../src/data/lists';

interface Visit {
  place: string;
  on?: string;
  mood?: 'good' | 'bad';
  host?: { name: string };
}
const visitFields: FieldMappings<Visit> = {
  place: text('Place'),
  on: date('VisitedOn'),
  mood: choice('Mood', ['good', 'bad'] as const),
  host: group({ name: text('HostName') }, (p) => p),
};

const row = (cells: Record<string, string>, log = new ErrorLog()) =>
  new RowReader('visits.csv', { row: 2, cells: new Map(Object.entries(cells)) }, log);

describe('an import file whose columns are a list’s fields', () => {
  it('names each column after its field, in snake_case', () => {
    expect(columnFor('caseReference')).toBe('case_reference');
    expect(columnFor('complianceDue')).toBe('compliance_due');
    expect(columnFor('year')).toBe('year');
  });

  it('reads each cell as its field’s mapping says, with the codes of the list', () => {
    const cells = new FieldCells(visitFields, { place: { required: true }, on: {}, mood: {} });
    expect(cells.file('visits.csv')).toEqual({
      file: 'visits.csv',
      required: ['place'],
      known: ['place', 'on', 'mood'],
    });
    expect(cells.readAll(row({ place: 'Hall', on: '2025-06-02', mood: 'GOOD' }))).toEqual({
      place: 'Hall',
      on: '2025-06-02',
      mood: 'good',
    });
    const log = new ErrorLog();
    const bad = row({ place: '', on: '02/06/2025', mood: 'fine' }, log);
    expect(cells.readAll(bad)).toEqual({});
    expect(bad.ok).toBe(false);
    expect(log.errors.map((e) => e.column)).toEqual(['place', 'on', 'mood']);
    expect(log.errors[2]?.message).toBe('mood "fine" is not one of good or bad');
  });

  it('reads a "none" code as no value, and refuses a nested part', () => {
    const cells = new FieldCells(visitFields, { mood: { none: 'none' } });
    expect(cells.read(row({ mood: 'none' }), 'mood')).toBeNull();
    expect(cells.read(row({ mood: '' }), 'mood')).toBeUndefined();
    expect(() => new FieldCells(visitFields, { host: {} })).toThrow(/host/);
  });

  it('does not compile a column for a field the list does not have', () => {
    // @ts-expect-error `guest` is not a field of the record
    const make = () => new FieldCells(visitFields, { place: {}, guest: {} });
    expect(make).toThrow();
  });

  it('keeps the files’ columns those of the lists’ fields (docs/import.md)', () => {
    for (const [file, list] of [
      [ombudsmanFile, ombudsmanList],
      [costsFile, costsList],
      [actionsFile, actionsList],
      [contextFile, demandList],
    ] as const) {
      const fields = Object.keys(list.fields).map(columnFor);
      for (const column of file.known) expect(fields).toContain(column);
    }
    expect(casesFile.required).toEqual(['reference', 'type', 'procedure', 'received']);
    expect(casesFile.known).toContain('service_area');
    expect(casesFile.known).toContain('stage3_paused_working_days');
  });
});
