// A labelled slider for an angle: shows degrees, reports radians.
import type { ReactNode } from 'react';

const DEG = 180 / Math.PI;

export interface AngleSliderProps {
  label: ReactNode;
  /** Accessible name, e.g. "Euler angle alpha". */
  name: string;
  value: number;
  minDeg: number;
  maxDeg: number;
  onChange(radians: number): void;
}

export function AngleSlider({ label, name, value, minDeg, maxDeg, onChange }: AngleSliderProps) {
  return (
    <label className="coefficient-slider">
      <span>{label}</span>
      <input
        type="range"
        min={minDeg}
        max={maxDeg}
        step={0.5}
        value={(value * DEG).toFixed(1)}
        aria-label={name}
        onChange={(e) => onChange(Number(e.target.value) / DEG)}
      />
      <output>{(value * DEG).toFixed(1)}°</output>
    </label>
  );
}
