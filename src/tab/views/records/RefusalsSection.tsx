import { Button, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Snapshot, Stored } from '../../../data/store';
import { formatUkDate } from '../../../domain/format';
import { refusalReasonLabels, type Refusal } from '../../../domain/records';
import { ViewSection } from '../../components/ViewSection';
import { RefusalForm } from './RefusalForm';
import { refusalsOfYear } from './selectRecords';

/**
 * The refusal register of a financial year (the Complaint Handling Code asks for it, 2.2 and
 * 2.4): each complaint not accepted, why and whether the Ombudsman was signposted, recorded or
 * corrected by a complaints manager (`mayChange`); everyone else reads it.
 */
export function RefusalsSection(props: {
  readonly snapshot: Snapshot;
  readonly year: string;
  readonly mayChange: boolean;
  /** What the view says once a refusal is saved (undefined: clear it). */
  readonly onStatus: (status: string | undefined) => void;
  /** Where the view's records are: the case, or the procedure counted in. */
  readonly where: (r: Refusal) => string;
  readonly styles: { readonly list: string; readonly item: string; readonly detail: string };
}) {
  const { snapshot, year, mayChange, onStatus, where, styles } = props;
  const [open, setOpen] = useState<{ editing: Stored<Refusal> | undefined; opener: string }>();
  const refusals = useMemo(() => refusalsOfYear(snapshot, year), [snapshot, year]);
  /** Back to the button that opened the form, once it is on screen again. */
  const refocus = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  const edit = (editing: Stored<Refusal> | undefined, opener: string) => {
    onStatus(undefined);
    setOpen({ editing, opener });
  };

  return (
    <ViewSection title={`Complaints refused in ${year}`} id="records-refusals" level={3}>
      {mayChange && !open ? (
        <div>
          <Button id="records-new-refusal" onClick={() => edit(undefined, 'records-new-refusal')}>
            Record a refused complaint
          </Button>
        </div>
      ) : null}
      {open ? (
        <RefusalForm
          snapshot={snapshot}
          editing={open.editing}
          onDone={(saved) => {
            setOpen(undefined);
            if (saved) onStatus(`Refusal ${saved.value.id} saved.`);
            refocus(open.opener);
          }}
        />
      ) : null}
      {refusals.length === 0 ? (
        <Text>No complaint was refused in {year}.</Text>
      ) : (
        <ul className={styles.list} aria-label={`Complaints refused in ${year}`}>
          {refusals.map((r) => {
            const v = r.value;
            const opener = `records-refusal-${r.itemId}`;
            return (
              <li key={r.itemId} className={styles.item}>
                <Text className={styles.detail}>
                  <strong>{v.id}</strong> ({where(v)}
                  {v.serviceArea ? `, ${v.serviceArea}` : ''}): received {formatUkDate(v.received)},
                  refused {formatUkDate(v.refused)}:{' '}
                  {v.reason === 'other' ? `${v.reasonOther ?? ''}` : refusalReasonLabels[v.reason]}
                  {v.signposted ? '; Ombudsman signposted' : '; Ombudsman not signposted'}
                </Text>
                {mayChange ? (
                  <Button
                    id={opener}
                    size="small"
                    aria-label={`Edit refusal ${v.id}`}
                    disabled={open !== undefined}
                    onClick={() => edit(r, opener)}
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
  );
}
