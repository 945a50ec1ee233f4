import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { WriteError } from '../../components/WriteError';
import type { ViewProps } from '../viewNames';
import { useTabEnvironment } from '../../TabContext';
import { settingsRightsOf } from '../../data/settingsRights';
import { useSiteRoles } from '../../data/useSiteRoles';
import { useStoreWrite } from '../../data/useStoreWrite';
import { BankHolidaySection } from './BankHolidaySection';
import { CategoriesSection, GeneralSection } from './GeneralSection';
import { HeadsOfServiceSection } from './HeadsOfServiceSection';
import { LetterTemplatesSection } from './LetterTemplatesSection';
import { OfficersSaySection } from './OfficersSaySection';
import { RetentionSection } from './RetentionSection';
import { TimescalesSection } from './TimescalesSection';
import { useSettingsForm } from './useSettingsForm';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Held at the foot of a roomy window only: at 320 px or 400 % zoom a stuck bar would
    // cover the fields being typed in (WCAG 2.4.11), so there it ends the form instead.
    '@media (max-width: 639px), (max-height: 479px)': { position: 'static' },
  },
});

/**
 * The complaints manager's settings, validated as a whole before anything is saved. Anyone
 * else reads them with a sentence saying who can change them (`settingsRightsOf`): every field
 * read-only, not disabled, so it stays in the tab order and a screen reader reads its value
 * and says it is read-only; no button that would change them, and no Save. SharePoint refuses
 * their write in any case.
 */
export default function SettingsView({ snapshot }: ViewProps) {
  const styles = useStyles();
  const { store, data, today } = useTabEnvironment();
  const rights = settingsRightsOf(useSiteRoles());
  const { form, update, problems, validate, reset } = useSettingsForm(snapshot.settings);
  const write = useStoreWrite({ action: 'saving the settings', record: 'these settings' });
  const [saved, setSaved] = useState(false);
  const problemCount = Object.keys(problems).length;
  const sectionProps = {
    form,
    problems,
    readOnly: !rights.mayChange,
    update: (c: Parameters<typeof update>[0]) => (setSaved(false), update(c)),
  };

  const save = async () => {
    if (!rights.mayChange) return;
    setSaved(false);
    const settings = validate();
    if (!settings) return;
    // Over the version on screen: a colleague's save in between is the one conflict message.
    const result = await write.run(() =>
      store.saveSettings(settings, { etag: snapshot.settingsVersion }),
    );
    if (result) {
      data.apply((s) => ({ ...s, settings: result.value, settingsVersion: result.etag }));
      setSaved(true);
    }
  };

  return (
    <form
      aria-label="Settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {rights.mayChange ? null : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Read only</MessageBarTitle>
            {rights.notice}
          </MessageBarBody>
        </MessageBar>
      )}
      <GeneralSection {...sectionProps} />
      <CategoriesSection {...sectionProps} />
      <HeadsOfServiceSection {...sectionProps} />
      <TimescalesSection {...sectionProps} />
      <BankHolidaySection {...sectionProps} />
      <LetterTemplatesSection {...sectionProps} />
      <RetentionSection {...sectionProps} snapshot={snapshot} today={today} />
      <OfficersSaySection />
      {rights.mayChange ? (
        <div className={styles.bar}>
          <Button type="submit" appearance="primary" disabled={write.busy}>
            Save settings
          </Button>
          <Button
            onClick={() => {
              reset();
              setSaved(false);
            }}
          >
            Undo changes
          </Button>
          {saved ? <Text role="status">Settings saved.</Text> : null}
        </div>
      ) : null}
      {problemCount > 0 ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nothing was saved</MessageBarTitle>
            {problemCount === 1
              ? 'One setting needs correcting: it is marked above.'
              : `${problemCount} settings need correcting: they are marked above.`}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <WriteError failure={write.failure} onReload={() => void write.reload()} />
    </form>
  );
}
