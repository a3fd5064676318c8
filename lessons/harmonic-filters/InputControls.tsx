// The input choice every harmonic widget offers: the page's drawing or smooth blobs, and whether
// to band-limit it (Gaussian blur) before the layer.
import { INPUT_LABELS, type InputSource } from './useHarmonicInput';

export interface InputControlsProps {
  source: InputSource;
  onSource(s: InputSource): void;
  bandlimit?: boolean;
  onBandlimit?(b: boolean): void;
  sigma?: number;
}

export function InputControls({ source, onSource, bandlimit, onBandlimit, sigma }: InputControlsProps) {
  return (
    <>
      <label>
        Input{' '}
        <select
          value={source}
          aria-label="input image"
          onChange={(e) => onSource(e.target.value as InputSource)}
        >
          {(Object.keys(INPUT_LABELS) as InputSource[]).map((s) => (
            <option key={s} value={s}>
              {INPUT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {onBandlimit && (
        <label>
          <input type="checkbox" checked={bandlimit} onChange={(e) => onBandlimit(e.target.checked)} />{' '}
          band-limit (blur σ = {sigma} px)
        </label>
      )}
    </>
  );
}
