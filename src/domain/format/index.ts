/** UK formatting for every surface (pane, tab, CLI, reports): see docs/contracts.md, "On-screen names". */
export {
  dateInputHint,
  formatUkDate,
  formatUkDateTime,
  formatUkTime,
  inLondon,
  parseUkDate,
  type WallClock,
} from './dates';
export {
  formatCount,
  formatWorkingDaysLeft,
  formatMoney,
  formatPercent,
  formatShare,
  type MoneyOptions,
} from './numbers';
export { visibleText } from './visibleText';
