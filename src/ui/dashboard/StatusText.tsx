import { Badge, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ badge: { whiteSpace: 'nowrap' } });

export type StatusTone = 'danger' | 'warning' | 'success' | 'informative' | 'subtle';

/**
 * A status said in words with a colour behind it: the colour is never the only signal,
 * so the text reads the same in high contrast and to a screen reader.
 */
export function StatusText(props: { readonly tone: StatusTone; readonly children: string }) {
  const styles = useStyles();
  const color =
    props.tone === 'subtle'
      ? 'subtle'
      : props.tone === 'success'
        ? 'success'
        : props.tone === 'informative'
          ? 'informative'
          : props.tone;
  return (
    <Badge appearance="tint" color={color} shape="rounded" className={styles.badge}>
      {props.children}
    </Badge>
  );
}
