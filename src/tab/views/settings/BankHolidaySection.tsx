import { Field, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { parseBankHolidayFeed, yearsCoveredByFeed } from '../../../domain/calendar/bankHolidayFeed';
import { shippedBankHolidays } from '../../../domain/calendar/shippedBankHolidays';
import type { Nation } from '../../../domain/records';
import { ViewSection } from '../../components/ViewSection';
import type { SettingsSectionProps } from './settingsForm';

function coverage(feed: unknown, nation: Nation): string {
  const parsed = parseBankHolidayFeed(feed);
  if (!parsed.ok) return 'none';
  const years = [...yearsCoveredByFeed(parsed.value, nation)].sort((a, b) => a - b);
  return years.length === 0 ? 'none' : `${years[0]} to ${years.at(-1)}`;
}

/** Refreshes the bank holidays from a gov.uk feed file (https://www.gov.uk/bank-holidays.json). */
export function BankHolidaySection(props: SettingsSectionProps) {
  const { form, problems, update, readOnly } = props;
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const [loaded, setLoaded] = useState<string | undefined>(undefined);

  const read = async (file: File | undefined) => {
    setLoaded(undefined);
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setFileProblem(
        'That file is not JSON. Download it again from https://www.gov.uk/bank-holidays.json',
      );
      return;
    }
    const parsed = parseBankHolidayFeed(json);
    if (!parsed.ok) {
      setFileProblem(parsed.error.message);
      return;
    }
    setFileProblem(undefined);
    update({ bankHolidayFeed: parsed.value });
    setLoaded(
      `Read ${file.name}: it covers ${coverage(parsed.value, form.nation)}. Save settings to use it.`,
    );
  };

  const current = form.bankHolidayFeed ?? shippedBankHolidays();
  return (
    <ViewSection title="Bank holidays" id="settings-bank-holidays">
      <Text>
        In use:{' '}
        {form.bankHolidayFeed === undefined
          ? 'the snapshot shipped with the app'
          : 'a feed uploaded here'}
        , covering {coverage(current, form.nation)}. Years outside it use the published rules.
      </Text>
      {readOnly ? null : (
        <Field
          label="Upload the gov.uk bank-holiday file"
          hint="Save https://www.gov.uk/bank-holidays.json from a browser, then choose it here."
          validationMessage={fileProblem ?? problems.bankHolidayFeed ?? null}
        >
          {(fieldProps) => (
            <input
              {...fieldProps}
              type="file"
              accept="application/json,.json"
              onChange={(e) => void read(e.currentTarget.files?.[0])}
            />
          )}
        </Field>
      )}
      {loaded ? <Text role="status">{loaded}</Text> : null}
    </ViewSection>
  );
}
