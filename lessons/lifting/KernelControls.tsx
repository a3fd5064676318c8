// Controls of the filter-bank view: preset, kernel size, paint value, and two quick edits.
import { KERNEL_PRESETS, KERNEL_SIZES, type KernelPresetId } from '../../src/experiments/filters/kernels';
import { kernelStore } from '../../src/state/filter';

export interface KernelControlsProps {
  source: KernelPresetId | 'custom';
  size: number;
  paintValue: number;
  onPaintValue(v: number): void;
}

export function KernelControls({ source, size, paintValue, onPaintValue }: KernelControlsProps) {
  const s = kernelStore.getState();
  return (
    <>
      <label>
        Filter ψ{' '}
        <select
          value={source}
          onChange={(e) => e.target.value !== 'custom' && s.setPreset(e.target.value as KernelPresetId)}
        >
          {KERNEL_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value="custom">(painted by hand)</option>
        </select>
      </label>
      <label>
        Size{' '}
        <select value={size} onChange={(e) => s.setSize(Number(e.target.value))}>
          {KERNEL_SIZES.map((k) => (
            <option key={k} value={k}>
              {k}×{k}
            </option>
          ))}
        </select>
      </label>
      <label>
        Paint value{' '}
        <input
          type="range"
          min={-1}
          max={1}
          step={0.25}
          value={paintValue}
          onChange={(e) => onPaintValue(Number(e.target.value))}
        />{' '}
        <output className="paint-value">{paintValue.toFixed(2)}</output>
      </label>
      <button type="button" onClick={() => s.setValues(s.values.map((v) => -v))}>
        Negate
      </button>
      <button type="button" onClick={() => s.setValues(s.values.map(() => 0))}>
        Zero
      </button>
    </>
  );
}
