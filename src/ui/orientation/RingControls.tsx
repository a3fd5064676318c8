// Controls of the orientation ring: which output channel to show and the map size.
export interface RingControlsProps {
  channels: number;
  channel: number;
  onChannel(c: number): void;
  size: number;
  /** The map sizes offered. */
  sizes: readonly number[];
  onSize(s: number): void;
}

export function RingControls({ channels, channel, onChannel, size, sizes, onSize }: RingControlsProps) {
  return (
    <>
      {channels > 1 && (
        <label>
          Channel{' '}
          <select value={channel} onChange={(e) => onChannel(Number(e.target.value))}>
            {Array.from({ length: channels }, (_, c) => (
              <option key={c} value={c}>
                {c === 0 ? '1 (lifted with ψ)' : `${c + 1} (random smooth filter)`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Size{' '}
        <select value={size} onChange={(e) => onSize(Number(e.target.value))}>
          {sizes.map((v) => (
            <option key={v} value={v}>
              {v}×{v}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
