// Sliders for the 2l+1 components of a type-l steerable vector, labelled by m = -l..l.
import type { ReactNode } from 'react';

export interface VectorSlidersProps {
  /** Accessible name of the group, and the prefix of each slider's name, e.g. "u" gives "u_-1". */
  name: string;
  label: ReactNode;
  values: readonly number[];
  onChange(values: number[]): void;
}

export function VectorSliders({ name, label, values, onChange }: VectorSlidersProps) {
  const l = (values.length - 1) / 2;
  return (
    <div className="vector-sliders" role="group" aria-label={`Components of ${name}`}>
      <span className="vector-name">{label}</span>
      {values.map((x, k) => (
        <label key={k} className="coefficient-slider">
          <span>
            {name}
            <sub>{k - l}</sub>
          </span>
          <input
            type="range"
            min={-1}
            max={1}
            step={0.05}
            value={x}
            aria-label={`${name}_${k - l}`}
            onChange={(e) => onChange(values.map((y, j) => (j === k ? Number(e.target.value) : y)))}
          />
          <output>{x.toFixed(2)}</output>
        </label>
      ))}
    </div>
  );
}
