// From lifting to harmonics: lift the input with psi over C_N for N = 4, 8, 16, 32, take the m-th
// Fourier coefficient along the orientation axis at a pixel, and compare it with the response of
// psi's own order-m circular harmonic W_m, f * W_m. The coefficient converges to it as N grows: a
// harmonic network does the lifting implicitly (src/experiments/bridge).
import './harmonic.css';
import './bridge.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useEngine } from '../../src/state/engine';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { busyAttributes, busyClass } from '../../src/ui/frame/busy';
import { LogLinePlot } from '../../src/ui/plots/LogLinePlot';
import { Tex } from '../../src/ui/exercises/Tex';
import { backendText } from '../../src/experiments/harmonic/engineInfo';
import { formatError } from '../../src/experiments/format';
import { KERNEL_PRESETS, kernelPreset, type KernelPresetId } from '../../src/experiments/filters/kernels';
import {
  BRIDGE_COUNTS,
  BRIDGE_ORDERS,
  bridgeReading,
  computeBridge,
  type BridgeMaps,
} from '../../src/experiments/bridge/liftingBridge';
import { aliasedOrders } from '../../src/experiments/bridge/angularComponent';
import { choice, defaultsOf, field, integer, linkOf, useLink } from '../../src/state/link';
import { InputControls } from './InputControls';
import { INPUT_SOURCES, useHarmonicInput, type InputSource } from './useHarmonicInput';
import { BridgePhasors, PixelPicker } from './BridgeViews';

const NAME = 'lifting-bridge';
const SIZE = 65;
const K = 9;
const CENTRE = (SIZE - 1) / 2;
const FILTERS = ['edge', 'line', 'corner', 'gabor'] as const satisfies readonly KernelPresetId[];
/** The relative map difference expected at N = 32 where order m is a large part of psi (edge m = 1, line m = 0, 2). */
const EXPECT_32 = 1e-2;
const LINK = {
  input: field(choice(INPUT_SOURCES), 'drawing' as InputSource),
  psi: field(choice(FILTERS), 'edge'),
  m: field(integer(0, 3), 1),
  row: field(integer(0, SIZE - 1), CENTRE),
  col: field(integer(0, SIZE - 1), CENTRE),
};

const complexText = ([re, im]: readonly [number, number]) =>
  `${re.toFixed(4)} ${im < 0 ? '−' : '+'} ${Math.abs(im).toFixed(4)}i`.replace(/^-/, '−');

export function LiftingBridge() {
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const { initial } = useLink(NAME, LINK);
  const [source, setSource] = useState<InputSource>(initial.input);
  const [psiId, setPsiId] = useState<(typeof FILTERS)[number]>(initial.psi);
  const [m, setM] = useState(initial.m);
  const [pixel, setPixel] = useState<[number, number]>([initial.row, initial.col]);
  const { pixels, error: inputError } = useHarmonicInput(SIZE, source);
  const psi = useMemo(() => kernelPreset(psiId).make(K), [psiId]);
  const [maps, setMaps] = useState<{ maps: BridgeMaps; key: object } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = useMemo(() => ({ backend, pixels, psi }), [backend, pixels, psi]);
  const svgRef = useRef<SVGSVGElement>(null);

  useEffect(() => {
    if (!backend || !pixels) return;
    let live = true;
    computeBridge(backend, pixels, psi, SIZE, K).then(
      (result) => live && (setMaps({ maps: result, key }), setError(null)),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, [backend, pixels, psi, key]);

  const busy = !maps || maps.key !== key;
  const reading = maps ? bridgeReading(maps.maps, m, pixel) : null;
  const reset = () => {
    const d = defaultsOf(LINK);
    setSource(d.input);
    setPsiId(d.psi);
    setM(d.m);
    setPixel([d.row, d.col]);
  };
  const data = reading
    ? {
        'data-order': String(m),
        'data-filter': psiId,
        'data-pixel': pixel.join(','),
        'data-present': String(reading.present),
        'data-share': String(reading.share),
        'data-harmonic-re': String(reading.harmonic[0]),
        'data-harmonic-im': String(reading.harmonic[1]),
        ...Object.fromEntries(
          reading.rows.flatMap((r) => [
            [`data-rel-${r.N}`, String(r.relative)],
            [`data-level-${r.N}`, String(r.level)],
            [`data-pixel-diff-${r.N}`, String(r.pixelDifference)],
            [`data-coef-${r.N}-re`, String(r.coefficient[0])],
            [`data-coef-${r.N}-im`, String(r.coefficient[1])],
          ]),
        ),
      }
    : {};

  return (
    <WidgetFrame
      name={NAME}
      title="From lifting to harmonics"
      purpose={
        <>
          Fourier-transform the lifted map along its orientations and compare the order-m coefficient with{' '}
          <Tex math="f \star W_m" />, as the number of orientations N grows.
        </>
      }
      wide
      exportRef={svgRef}
      onReset={reset}
      linkDrawing
      linkParams={() => linkOf(LINK, { input: source, psi: psiId, m, row: pixel[0], col: pixel[1] })}
      help={
        <p>
          Keep the edge filter and m = 1: the four arrows close in on the dashed one and the curve falls by orders
          of magnitude from N = 4 to N = 32. Now choose m = 3 with the corner: at N = 4 the coefficient of order 3
          is really order −1 (3 − 4), far from <Tex math="f \star W_3" />. With m = 0 or 2 and the edge nothing
          shows at all: an odd filter has no even orders. Click the image to compare at another pixel.
        </p>
      }
      controls={
        <>
          <InputControls source={source} onSource={setSource} />
          <label>
            Filter ψ{' '}
            <select value={psiId} onChange={(e) => setPsiId(e.target.value as (typeof FILTERS)[number])}>
              {FILTERS.map((id) => (
                <option key={id} value={id}>
                  {KERNEL_PRESETS.find((p) => p.id === id)!.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Order m{' '}
            <select value={m} onChange={(e) => setM(Number(e.target.value))}>
              {BRIDGE_ORDERS.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
          <button onClick={() => setPixel([CENTRE, CENTRE])}>Centre pixel</button>
        </>
      }
      readout={
        <div className={`harmonic-readout${busyClass(busy)}`} {...busyAttributes(busy)} {...data}>
          {reading && <BridgeReadout reading={reading} />}
          <p>
            Measured: the m-th Fourier coefficient <Tex math="\hat F_m(x) = \frac1N\sum_j F(x,\theta_j)\,e^{im\theta_j}" />{' '}
            of the C<sub>N</sub> lifted map (ψ turned by bicubic interpolation, disk-masked) against{' '}
            <Tex math="f \star W_m" />, with <Tex math="W_m" /> ψ&apos;s angular Fourier component of order m
            (512 angles, float64); relative difference ‖F̂<sub>m</sub> − f ⋆ W<sub>m</sub>‖ / ‖f ⋆ W<sub>m</sub>‖ over
            the {SIZE}×{SIZE} map. Expected: it shrinks as N grows (overall, not at every step for every ψ), but not to zero at any finite N, since orders m ± N, m ±
            2N … alias onto m. Where order m carries a fair share of ψ (the edge at m = 1, the line at m = 0 or 2) it
            is below {EXPECT_32} at N = 32; an order that holds little of ψ (the edge&apos;s order 3) stays
            relatively larger, because its aliases are as large as it is. Filters {K}×{K}. Computed on{' '}
            {backendText(snapshot?.info)}.
          </p>
          {(error || inputError) && (
            <p>
              <span role="alert">{error ?? inputError}</span>
            </p>
          )}
        </div>
      }
    >
      <div className="bridge-views">
        <PixelPicker pixels={pixels} size={SIZE} pixel={pixel} onPixel={setPixel} />
        <BridgePhasors
          m={m}
          reference={reading?.present ? reading.harmonic : null}
          coefficients={reading ? reading.rows.map((r) => ({ N: r.N, z: r.coefficient })) : []}
        />
        <LogLinePlot
          title={`Relative difference between the order-${m} orientation coefficient and f ⋆ W_${m}, against N`}
          series={
            reading?.present
              ? [
                  {
                    key: 'map',
                    label: 'over the map',
                    points: reading.rows.map((r) => ({ x: r.N, y: r.relative })),
                  },
                ]
              : []
          }
          xLabel="orientations N"
          yLabel="relative difference"
          xLog
          xTicks={BRIDGE_COUNTS}
          xDomain={[4, 32]}
          yDomain={[1e-7, 10]}
          reference={{ y: EXPECT_32, label: `${EXPECT_32} (expected at N = 32)` }}
          svgRef={svgRef}
        />
      </div>
    </WidgetFrame>
  );
}

function BridgeReadout({ reading }: { reading: ReturnType<typeof bridgeReading> }) {
  const { m } = reading;
  if (!reading.present)
    return (
      <p>
        ψ has no order-{m} part (its share of ψ&apos;s energy is {formatError(reading.share)}), so{' '}
        <Tex math={`W_{${m}} = 0`} />; the lifted map&apos;s coefficient is zero too, at every N:{' '}
        {reading.rows.map((r) => `${r.N}: ${formatError(r.level)}`).join(', ')} of the map&apos;s RMS (float32
        round-off).
      </p>
    );
  return (
    <>
      <p>
        At the pixel, <Tex math={`f \\star W_{${m}}`} /> = <strong>{complexText(reading.harmonic)}</strong> (order {m}{' '}
        holds {(100 * reading.share).toFixed(1)}% of ψ&apos;s energy).
      </p>
      <table className="bridge-table">
        <thead>
          <tr>
            <th scope="col">N</th>
            <th scope="col">
              F̂<sub>{m}</sub>(x)
            </th>
            <th scope="col">|F̂ − f ⋆ W| at x</th>
            <th scope="col">relative, over the map</th>
            <th scope="col">orders n ≡ m (mod N) mixed in</th>
          </tr>
        </thead>
        <tbody>
          {reading.rows.map((r) => (
            <tr key={r.N} data-n={r.N}>
              <td>{r.N}</td>
              <td>{complexText(r.coefficient)}</td>
              <td>{formatError(r.pixelDifference)}</td>
              <td>
                <strong>{formatError(r.relative)}</strong>
              </td>
              <td>…, {aliasedOrders(m, r.N, m + r.N).join(', ').replace(/-/g, '−')}, …</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
