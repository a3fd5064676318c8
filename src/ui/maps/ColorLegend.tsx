// A colour scale's legend: the gradient with its range written at both ends (never colour alone).
import { legendCss, type ColorMode } from '../../engine/render';

export function ColorLegend({ mode, range, label }: { mode: ColorMode; range: number; label: string }) {
  const lo = mode === 'diverging' ? -range : 0;
  const fmt = (v: number) =>
    Math.abs(v) >= 100 || (Math.abs(v) < 0.01 && v !== 0) ? v.toExponential(1) : v.toFixed(2);
  return (
    <div className="color-legend" aria-label={`${label}: colour scale from ${fmt(lo)} to ${fmt(range)}`}>
      <span className="color-legend-label">{label}</span>
      <span className="color-legend-value">{mode === 'phase' ? '−π' : fmt(lo)}</span>
      <span className="color-legend-bar" style={{ background: legendCss(mode) }} />
      <span className="color-legend-value">{mode === 'phase' ? 'π' : fmt(range)}</span>
    </div>
  );
}
