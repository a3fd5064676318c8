// The content of a readout that may be busy (busy.ts): while busy, a "computing …" note in full
// contrast leads, and what the readout still shows, measured for the previous state, is dimmed.
// The content keeps its wrapper either way, so the page does not re-lay out when a frame ends.
import type { ReactNode } from 'react';

export interface BusyTextProps {
  busy: boolean;
  /** What is being computed, e.g. busyNote(elementText(act, group)). */
  note: string;
  children: ReactNode;
  /** 'block' for readouts made of paragraphs (the note is then a paragraph of its own). */
  layout?: 'inline' | 'block';
}

export function BusyText({ busy, note, children, layout = 'inline' }: BusyTextProps) {
  const stale = busy ? 'busy-stale' : 'busy-fresh';
  if (layout === 'block')
    return (
      <>
        {busy && <p className="busy-note">{note}</p>}
        <div className={stale}>{children}</div>
      </>
    );
  return (
    <>
      {busy && (
        <>
          <span className="busy-note">{note}</span>{' '}
        </>
      )}
      <span className={stale}>{children}</span>
    </>
  );
}
