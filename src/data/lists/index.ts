import { actionPlansList } from './actionPlans';
import { actionsList } from './actions';
import { casesList } from './cases';
import { correspondenceList } from './correspondence';
import { costsList } from './costs';
import { demandList } from './demand';
import { ombudsmanList } from './ombudsman';
import { settingsList } from './settings';
import { signOffsList } from './signOffs';
import { stagesList } from './stages';

export { archiveLibrary } from './archive';
export { stageKey } from './stages';
export { demandKey } from './demand';
export { SETTINGS_KEY } from './settings';
export type { ListDefinition, ListKey, LibraryDefinition } from './listDefinition';
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
  ombudsmanList,
  settingsList,
  signOffsList,
  stagesList,
};

/** Every list the app provisions, in the order provisioning creates them. */
export const allLists = [
  casesList,
  stagesList,
  correspondenceList,
  actionsList,
  actionPlansList,
  ombudsmanList,
  costsList,
  demandList,
  settingsList,
  signOffsList,
] as const;
