import { StatusRegion } from '../../ui/common/StatusRegion';

/** The page could not start: say why, in one sentence, and what to do. */
export function Fatal({ message }: { message: string }) {
  return (
    <main style={{ padding: 16 }} aria-label="Feedback Desk">
      <h1 style={{ fontSize: 20 }}>Feedback Desk could not start</h1>
      <StatusRegion intent="error">{message}</StatusRegion>
    </main>
  );
}
