import { PlainText } from './PlainText';

/**
 * A sender as "Name <address>", the name and the address each isolated on its own, so
 * whatever direction the name's letters run, the address beside it reads as it is.
 */
export function SenderText({ name, address }: { name?: string | undefined; address: string }) {
  if (!name?.trim()) return <PlainText text={address} />;
  return (
    <>
      <PlainText text={name} /> &lt;
      <PlainText text={address} />
      &gt;
    </>
  );
}
