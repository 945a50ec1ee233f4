import { describe, expect, expectTypeOf, it } from 'vitest';
import { SnapshotCache } from '../../../../src/data/graphStore/snapshotCache';
import {
  actionPlansList,
  actionsList,
  allLists,
  costsList,
  demandList,
  narrativesList,
  ombudsmanList,
  settingsList,
  signOffsList,
  casesList,
  correspondenceList,
  stagesList,
  everyKey,
  listOrder,
  lists,
  type ListDefinitions,
  type ListKey,
  type ListRecords,
  type OnDemandListKey,
} from '../../../../src/data/lists';
import {
  snapshotParts,
  type Snapshot,
  type SnapshotLists,
  type SnapshotPart,
} from '../../../../src/data/store';
import { text, type FieldMappings } from '../../../../src/data/lists/fieldMap';
import { generateDemoData } from '../../../../src/data/seed/generateDemoData';
import { seededValues, type SeedPlan } from '../../../../src/data/seed/writeDemoData';
import {
  importFiles,
  recordKinds,
  type ImportRows,
  type RecordKind,
} from '../../../../src/data/import/writeImport';
import {
  actionPlanSchema,
  correspondenceSchema,
  costSchema,
  councilSettingsSchema,
  demandFigureSchema,
  ombudsmanCaseSchema,
  savedNarrativeSchema,
  signOffSchema,
  feedbackCaseSchema,
  learningActionSchema,
  stageSchema,
  type FeedbackCase,
  type Stage,
} from '../../../../src/domain/records';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

// Adding a list means adding it to `ListRecords`; these prove the compiler then finds every
// derived place. Each `@ts-expect-error` fails the typecheck if the line stops being an error.
describe('one place per list', () => {
  it('does not compile a registry, an order or a snapshot part list that leaves a list out', () => {
    const { costs: _costs, ...withoutCosts } = lists;
    // @ts-expect-error the registry must define every list in ListRecords
    const registry: ListDefinitions = withoutCosts;
    // @ts-expect-error the provisioning order must name every list
    const order = everyKey<ListKey>()('cases', 'stages');
    const { costs: _seeded, ...seedWithoutCosts } = seededValues;
    // @ts-expect-error the demo seed must say what each list is seeded with, or 'not seeded'
    const seed: SeedPlan = seedWithoutCosts;
    const { plans: _imported, ...importWithoutPlans } = importFiles;
    // @ts-expect-error the import must say which file each list comes from, or null
    const imports: { readonly [K in ListKey]: string | null } = importWithoutPlans;
    // @ts-expect-error the snapshot parts must name every list but the settings
    const parts = everyKey<SnapshotPart>()('cases', 'stages', 'correspondence');
    // @ts-expect-error the import must say which rows are the records of each list it imports
    const rows: ImportRows = { cases: [], stages: [], ombudsman: [], costs: [], actions: [] };
    // @ts-expect-error …and in which order it writes them
    const kinds = everyKey<RecordKind>()('cases', 'stages', 'ombudsman', 'costs', 'actions');
    expect([registry, order, seed, imports, parts, rows, kinds]).toHaveLength(7);
  });

  it('derives the snapshot and its caches from the lists, so they need no edit', () => {
    // A snapshot holds one array per part and nothing else per list: made from ListRecords.
    expectTypeOf<keyof SnapshotLists>().toEqualTypeOf<SnapshotPart>();
    expectTypeOf<Snapshot['costs'][number]['value']>().toEqualTypeOf<ListRecords['costs']>();
    const { demand: _demand, ...snapshotWithoutDemand } = {} as SnapshotLists;
    // @ts-expect-error a snapshot without one part's records does not compile
    const snapshot: SnapshotLists = snapshotWithoutDemand;
    expect(snapshot).toBeDefined();
    // The import writes every list that names a file, in an order that names each once.
    expect([...recordKinds].sort()).toEqual(
      listOrder.filter((key) => importFiles[key] !== null).sort(),
    );
  });

  it('provisions every list once, each under its own key', () => {
    expect(allLists.map((l) => l.key)).toEqual(listOrder);
    expect(new Set(listOrder)).toEqual(new Set(Object.keys(lists)));
    for (const key of listOrder) expect(lists[key].key).toBe(key);
  });

  it('keeps a snapshot cache and a part for every list but the settings and those read on demand', () => {
    const onDemand: readonly OnDemandListKey[] = [
      'narratives',
      'triageFeedback',
      'ombudsmanYears',
      'equality',
    ];
    const cache = new SnapshotCache();
    const cached = cache.parts as Partial<Record<ListKey, { definition: unknown }>>;
    for (const key of listOrder.filter((k) => !onDemand.includes(k as OnDemandListKey)))
      expect(key === 'settings' ? cache.settings.definition : cached[key]?.definition).toBe(
        lists[key],
      );
    for (const key of onDemand) expect(cached[key]).toBeUndefined();
    expect([...snapshotParts, 'settings', ...onDemand].sort()).toEqual([...listOrder].sort());
  });
});

// A field is mapped once, in its list's `fields`; columns, writes, reads and the fast path come
// from there and from the record's schema. These prove a field left out is found.
describe('one place per field', () => {
  it('does not compile a mapping that leaves a field of the record out, or cannot write it', () => {
    const { serviceArea: _serviceArea, ...withoutServiceArea } = casesList.fields;
    // @ts-expect-error every field of the case needs its column (serviceArea is left out)
    const cases: FieldMappings<FeedbackCase> = withoutServiceArea;
    // @ts-expect-error a field added to a record needs its mapping too
    const grown: FieldMappings<Stage & { panelChair?: string }> = stagesList.fields;
    // @ts-expect-error a text column cannot hold a number
    const wrongKind: FieldMappings<{ count: number }> = { count: text('Count') };
    expect([cases, grown, wrongKind]).toHaveLength(3);
  });

  it('maps every field of each mapped record, and each column once', () => {
    for (const [list, schema] of [
      [casesList, feedbackCaseSchema],
      [stagesList, stageSchema],
      [actionsList, learningActionSchema],
      [actionPlansList, actionPlanSchema],
      [ombudsmanList, ombudsmanCaseSchema],
      [costsList, costSchema],
      [demandList, demandFigureSchema],
      [settingsList, councilSettingsSchema],
      [signOffsList, signOffSchema],
      [narrativesList, savedNarrativeSchema],
    ] as const) {
      expect(Object.keys(list.fields).sort()).toEqual(Object.keys(schema.shape).sort());
      const names = list.columns.map((column) => column.name);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(Object.keys(correspondenceList.fields).sort()).toEqual(
      [...Object.keys(correspondenceSchema.shape), 'messageKey'].sort(),
    );
  });

  it('writes and reads back a field through its one declaration', () => {
    const stage = generateDemoData({ cases: 40, seed: 'one-place', today: asIsoDate('2026-06-30') })
      .stages[0]!;
    const fields = stagesList.toFields({ ...stage, panelMet: asIsoDate('2026-05-01') });
    expect(fields.PanelMet).toBe('2026-04-30T23:00:00Z');
    const back = stagesList.fromFields(fields);
    expect(back.ok && back.value.panelMet).toBe('2026-05-01');
  });
});
