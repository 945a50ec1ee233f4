import { actionPlansList } from './actionPlans';
import { actionsList } from './actions';
import { casesList } from './cases';
import { correspondenceList } from './correspondence';
import { costsList } from './costs';
import { demandList } from './demand';
import { equalityList } from './equality';
import { ombudsmanYearsList } from './ombudsmanYears';
import { ombudsmanList } from './ombudsman';
import { narrativesList } from './narratives';
import { refusalsList } from './refusals';
import { settingsList } from './settings';
import { signOffsList } from './signOffs';
import { stagesList } from './stages';
import { triageFeedbackList } from './triageFeedback';

export { archiveLibrary } from './archive';
export { stageKey } from './stages';
export { demandKey } from './demand';
export { SETTINGS_KEY } from './settings';
import { everyKey, type ListDefinition, type ListKey, type ListRecords } from './listDefinition';

export type {
  ListDefinition,
  ListKey,
  ListRecords,
  LibraryDefinition,
  OnDemandListKey,
} from './listDefinition';
export { everyKey } from './listDefinition';
export * from './siteRoles';
export type { ColumnDefinition } from './columns';
export type { Fields } from './fieldValues';
export {
  actionPlansList,
  actionsList,
  casesList,
  correspondenceList,
  costsList,
  demandList,
  equalityList,
  narrativesList,
  ombudsmanList,
  ombudsmanYearsList,
  refusalsList,
  settingsList,
  signOffsList,
  stagesList,
  triageFeedbackList,
};

/** Each list's definition by key: a list in `ListRecords` without one here does not compile. */
export type ListDefinitions = { readonly [K in ListKey]: ListDefinition<ListRecords[K]> };

export const lists: ListDefinitions = {
  cases: casesList,
  stages: stagesList,
  correspondence: correspondenceList,
  actions: actionsList,
  plans: actionPlansList,
  ombudsman: ombudsmanList,
  costs: costsList,
  refusals: refusalsList,
  demand: demandList,
  ombudsmanYears: ombudsmanYearsList,
  settings: settingsList,
  signOffs: signOffsList,
  narratives: narrativesList,
  triageFeedback: triageFeedbackList,
  equality: equalityList,
};

/**
 * Every list, in the order provisioning creates them (cases first: the others name them;
 * sign-offs after the plans they decide on).
 */
export const listOrder = everyKey<ListKey>()(
  'cases',
  'stages',
  'correspondence',
  'actions',
  'plans',
  'ombudsman',
  'costs',
  'refusals',
  'demand',
  'ombudsmanYears',
  'settings',
  'signOffs',
  'narratives',
  'triageFeedback',
  'equality',
);

/** Every list the app provisions, in `listOrder`. */
export const allLists: readonly ListDefinition<ListRecords[ListKey]>[] = listOrder.map(
  (key) => lists[key],
);
