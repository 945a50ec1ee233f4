import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { causeLabels, causes, type Cause } from '../../domain/records';

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 13em), 1fr))',
  },
});

/** `Causes`: several may apply, so a group of checkboxes (a fieldset named by its legend). */
export function CausesField({
  value,
  onChange,
}: {
  value: readonly Cause[];
  onChange: (next: Cause[]) => void;
}) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Causes</legend>
      <div className={styles.grid}>
        {causes.map((cause) => (
          <Checkbox
            key={cause}
            label={causeLabels[cause]}
            checked={value.includes(cause)}
            onChange={(_, data) =>
              onChange(data.checked === true ? [...value, cause] : value.filter((c) => c !== cause))
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
