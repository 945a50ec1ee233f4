import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Stored } from '../../../data/store';
import { formatMoney, formatUkDate } from '../../../domain/format';
import {
  costTypeLabels,
  ombudsmanDecisionLabels,
  procedureLabels,
  remedyTypeLabels,
  type Cost,
  type OmbudsmanCase,
} from '../../../domain/records';
import { financialYearOf, previousYearOf } from '../../../domain/reporting/financialYear';
import { Toolbar, ViewSection } from '../../components/ViewSection';
import { mayRecordAsManager } from '../../data/managerRights';
import { useSiteRoles } from '../../data/useSiteRoles';
import { useKeptState } from '../../data/viewMemory';
import { useTabEnvironment } from '../../TabContext';
import type { ViewProps } from '../viewNames';
import { CostForm } from './CostForm';
import { OmbudsmanForm } from './OmbudsmanForm';
import { RefusalsSection } from './RefusalsSection';
import { costsOfYear, ombudsmanOfYear, RECORDS_READ_ONLY_NOTICE } from './selectRecords';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
  detail: { minWidth: 0, overflowWrap: 'anywhere' },
});

type Open<T> = { readonly editing: Stored<T> | undefined; readonly opener: string } | undefined;

/**
 * Ombudsman cases, costs and refused complaints: the records a complaints manager keeps beside
 * the cases (issue 16), each linked to a case or counted in a procedure, listed by financial year and recorded
 * or corrected here. Officers and heads of service read them (the lists' permissions).
 */
export default function RecordsView({ snapshot }: ViewProps) {
  const { today } = useTabEnvironment();
  const styles = useStyles();
  const mayChange = mayRecordAsManager(useSiteRoles());
  const current = financialYearOf(today);
  const years = useMemo(() => {
    const list = [current];
    for (let i = 0; i < 6; i += 1) list.push(previousYearOf(list[list.length - 1] as string));
    return list;
  }, [current]);
  const [year, setYear] = useKeptState('records.year', () => current);
  const [ombudsman, setOmbudsman] = useState<Open<OmbudsmanCase>>();
  const [cost, setCost] = useState<Open<Cost>>();
  // Kept with the view, so a save's confirmation outlives the view being drawn again while
  // the lists refresh (it went missing now and then in the browser tests).
  const [status, setStatus] = useKeptState<string | undefined>('records.status', undefined);
  const decisions = useMemo(() => ombudsmanOfYear(snapshot, year), [snapshot, year]);
  const costs = useMemo(() => costsOfYear(snapshot, year), [snapshot, year]);

  /** Back to the button that opened the form, once it is on screen again. */
  const refocus = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  const where = (r: { caseReference?: string | undefined; procedure?: string | undefined }) =>
    r.caseReference
      ? `case ${r.caseReference}`
      : r.procedure
        ? procedureLabels[r.procedure as keyof typeof procedureLabels]
        : 'no procedure';

  return (
    <>
      <ViewSection title="Ombudsman cases, costs and refusals" id="records-heading">
        <Toolbar label="Choose the year">
          <Field label="Financial year">
            <Select value={year} onChange={(_, d) => setYear(d.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        </Toolbar>
        {mayChange ? null : <Text>{RECORDS_READ_ONLY_NOTICE}</Text>}
        {status ? (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{status}</MessageBarBody>
          </MessageBar>
        ) : null}
      </ViewSection>
      <ViewSection title={`Ombudsman cases in ${year}`} id="records-ombudsman" level={3}>
        {mayChange && !ombudsman ? (
          <div>
            <Button
              id="records-new-ombudsman"
              onClick={() => {
                setStatus(undefined);
                setOmbudsman({ editing: undefined, opener: 'records-new-ombudsman' });
              }}
            >
              Record an Ombudsman case
            </Button>
          </div>
        ) : null}
        {ombudsman ? (
          <OmbudsmanForm
            snapshot={snapshot}
            editing={ombudsman.editing}
            onDone={(saved) => {
              const opener = ombudsman.opener;
              setOmbudsman(undefined);
              if (saved) setStatus(`Ombudsman case ${saved.value.reference} saved.`);
              refocus(opener);
            }}
          />
        ) : null}
        {decisions.length === 0 ? (
          <Text>No Ombudsman case was received or decided in {year}.</Text>
        ) : (
          <ul className={styles.list} aria-label={`Ombudsman cases in ${year}`}>
            {decisions.map((o) => {
              const v = o.value;
              const opener = `records-ombudsman-${o.itemId}`;
              return (
                <li key={o.itemId} className={styles.item}>
                  <Text className={styles.detail}>
                    <strong>{v.reference}</strong> ({where(v)}
                    {v.serviceArea ? `, ${v.serviceArea}` : ''}): received{' '}
                    {formatUkDate(v.received)}
                    {v.decision
                      ? `; ${ombudsmanDecisionLabels[v.decision]}${v.decided ? ` on ${formatUkDate(v.decided)}` : ''}`
                      : '; not decided yet'}
                    {v.injustice ? ', fault causing injustice' : ''}
                    {v.remedyTypes.length > 0
                      ? `; remedies: ${v.remedyTypes.map((r) => remedyTypeLabels[r].toLowerCase()).join(', ')}`
                      : ''}
                    {v.remedyAmount > 0 ? ` (${formatMoney(v.remedyAmount, { pence: true })})` : ''}
                    {v.complianceDue ? `; compliance due ${formatUkDate(v.complianceDue)}` : ''}
                    {v.complied ? `, met ${formatUkDate(v.complied)}` : ''}
                  </Text>
                  {mayChange ? (
                    <Button
                      id={opener}
                      size="small"
                      aria-label={`Edit Ombudsman case ${v.reference}`}
                      disabled={ombudsman !== undefined}
                      onClick={() => {
                        setStatus(undefined);
                        setOmbudsman({ editing: o, opener });
                      }}
                    >
                      Edit
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </ViewSection>
      <ViewSection title={`Costs in ${year}`} id="records-costs" level={3}>
        {mayChange && !cost ? (
          <div>
            <Button
              id="records-new-cost"
              onClick={() => {
                setStatus(undefined);
                setCost({ editing: undefined, opener: 'records-new-cost' });
              }}
            >
              Record a cost
            </Button>
          </div>
        ) : null}
        {cost ? (
          <CostForm
            snapshot={snapshot}
            editing={cost.editing}
            onDone={(saved) => {
              const opener = cost.opener;
              setCost(undefined);
              if (saved) setStatus(`Cost ${saved.value.id} saved.`);
              refocus(opener);
            }}
          />
        ) : null}
        {costs.length === 0 ? (
          <Text>No cost is dated in {year}.</Text>
        ) : (
          <ul className={styles.list} aria-label={`Costs in ${year}`}>
            {costs.map((c) => {
              const v = c.value;
              const opener = `records-cost-${c.itemId}`;
              return (
                <li key={c.itemId} className={styles.item}>
                  <Text className={styles.detail}>
                    <strong>{formatMoney(v.amount, { pence: true })}</strong>{' '}
                    {costTypeLabels[v.type].toLowerCase()} on {formatUkDate(v.date)} ({where(v)}
                    {v.serviceArea ? `, ${v.serviceArea}` : ''}){v.note ? `: ${v.note}` : ''}
                  </Text>
                  {mayChange ? (
                    <Button
                      id={opener}
                      size="small"
                      aria-label={`Edit cost ${v.id}`}
                      disabled={cost !== undefined}
                      onClick={() => {
                        setStatus(undefined);
                        setCost({ editing: c, opener });
                      }}
                    >
                      Edit
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </ViewSection>
      <RefusalsSection
        snapshot={snapshot}
        year={year}
        mayChange={mayChange}
        onStatus={setStatus}
        where={where}
        styles={styles}
      />
    </>
  );
}
