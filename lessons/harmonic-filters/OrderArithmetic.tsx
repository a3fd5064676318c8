// Widget 3 of the harmonic lesson: the arithmetic of rotation orders, measured. A chain of W_m and
// W_n (orders add), a sum of two maps (a shared order survives, a mixture has none), a nonlinearity
// (the magnitude ReLU keeps the phase, a ReLU on parts does not) and a two-layer stream with an
// invariant magnitude. The order of each map is read off a test rotation: Delta phase / theta.
import './harmonic.css';
import { useCallback, useRef, useState } from 'react';
import { HARMONIC_ORDERS } from '../../src/layers';
import { useEngine } from '../../src/state/engine';
import { useFrameLoop } from '../../src/ui/commuting/useFrameLoop';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { BusyText } from '../../src/ui/frame/BusyText';
import { busyAttributes, busyClass, busyNote, readoutBusy, type FrameKey } from '../../src/ui/frame/busy';
import { ColorLegend } from '../../src/ui/maps/ColorLegend';
import { useRenderers } from '../../src/ui/maps/useRenderers';
import { backendText, sizeFor } from '../../src/experiments/harmonic/engineInfo';
import { HarmonicMap } from './HarmonicMap';
import { InputControls } from './InputControls';
import { OrderExperiment, type OrderMeasurement } from '../../src/experiments/harmonic/orderExperiment';
import type { ArithmeticMode, Tap } from '../../src/experiments/harmonic/orderNetworks';
import { ORDER_LAW_TOLERANCE, OrderTable } from './OrderTable';
import { DEG, maxResolvableOrder } from '../../src/experiments/harmonic/phase';
import { PhaseWheel } from './PhaseWheel';
import { useEngineObject } from '../../src/ui/hooks/useEngineObject';
import { useHarmonicInput, type InputSource } from './useHarmonicInput';
import { ORDER_LINK } from './linkFields';
import { defaultsOf, linkOf, useLink } from '../../src/state/link';

const KERNEL = 13;
/** What a busy readout says it is computing, per mode. */
const MODE_NOTES: Record<ArithmeticMode, string> = {
  chain: 'chain',
  sum: 'sum',
  nonlinearity: 'nonlinearity',
  stream: 'two-layer stream',
};
const BLUR = 1;

const MODES: Record<ArithmeticMode, string> = {
  chain: 'chain (f ⋆ Wₘ) ⋆ Wₙ',
  sum: 'sum of two maps',
  nonlinearity: 'nonlinearity on an order-m map',
  stream: 'two-layer stream, magnitude out',
};

export interface OrderArithmeticProps {
  mode?: ArithmeticMode;
  m?: number;
  n?: number;
  title?: string;
}

export function OrderArithmetic({
  mode: initialMode = 'chain',
  m: m0 = 1,
  n: n0 = 2,
  title = 'The arithmetic of rotation orders',
}: OrderArithmeticProps) {
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  // The four instances on the page tell themselves apart by name (order-chain, order-sum, ...).
  const name = `order-${initialMode}`;
  const { initial } = useLink(name, ORDER_LINK);
  const [mode, setMode] = useState<ArithmeticMode>(initial.mode ?? initialMode);
  const [m, setM] = useState(initial.m ?? m0);
  const [n, setN] = useState(initial.n ?? n0);
  const [bias, setBias] = useState(initial.bias);
  const [testDeg, setTestDeg] = useState(initial.test);
  const [source, setSource] = useState<InputSource>(initial.input);
  const [bandlimit, setBandlimit] = useState(initial.bandlimit);
  const size = sizeFor(snapshot?.info, 97, 49);
  const { value: exp, error } = useEngineObject(
    backend,
    (b) => new OrderExperiment(b, { mode, m, n, bias, kernel: KERNEL, size }, bandlimit ? BLUR : 0),
    [mode, m, n, bias, size, bandlimit],
  );
  const { pixels, error: inputError } = useHarmonicInput(size, source);
  const { register, renderer, canvasKey } = useRenderers(backend);
  // The last measurement and what it was taken for (the experiment: mode, orders, bias, size,
  // band-limit; the input; the test rotation).
  const [shown, setShown] = useState<{ result: OrderMeasurement; key: FrameKey } | null>(null);
  const result = shown?.result ?? null;
  const theta = testDeg / DEG;
  const busy = readoutBusy({ exp, pixels, theta }, shown?.key, error ?? inputError);
  const exportRef = useRef<HTMLCanvasElement | null>(null);

  useFrameLoop(async () => {
    if (!exp || !pixels || !backend) return;
    await exp.setInput(pixels);
    exp.run(theta);
    // Measure first: each map's colour range is its own max |value| in this frame.
    const measured = await exp.measure();
    const ranges = (id: string) => measured.taps.find((t) => t.id === id)?.outputMax || 1;
    const draws = [
      renderer('x')?.draw(exp.x, { plane: 0, mode: 'sequential', range: 1 }),
      renderer('rx')?.draw(exp.rx, { plane: 0, mode: 'sequential', range: 1 }),
      ...exp.taps.flatMap((t) =>
        [0, 1].map((lane) =>
          renderer(`${t.id}-${lane}`)?.draw(t.maps[lane], {
            plane: 0,
            mode: t.complex ? 'phase' : 'sequential',
            range: ranges(t.id),
          }),
        ),
      ),
    ];
    await Promise.all(draws);
    setShown({ result: measured, key: { exp, pixels, theta } });
  }, [exp, pixels, theta, backend]);

  const key = `${canvasKey}-${size}-${mode}`;
  // "Export" saves the rotated input's view; the callback ref stays one function across renders.
  const attachRx = useCallback(
    (c: HTMLCanvasElement | null) => {
      register('rx')(c);
      exportRef.current = c;
    },
    [register],
  );
  const small = (id: string, caption: string, description: string) => (
    <HarmonicMap
      small
      id={id}
      caption={caption}
      description={description}
      size={size}
      attach={id === 'rx' ? attachRx : register(id)}
      canvasKey={key}
    />
  );
  const tapMaps = (t: Tap) => (
    <div className="order-maps-pair">
      {small(`${t.id}-0`, 'on x', `${t.label} for the input`)}
      {small(`${t.id}-1`, 'on Lθf', `${t.label} for the rotated input`)}
    </div>
  );
  const orderSelect = (label: string, name: string, value: number, set: (v: number) => void) => (
    <label>
      {label}{' '}
      <select value={value} aria-label={name} onChange={(e) => set(Number(e.target.value))}>
        {HARMONIC_ORDERS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <WidgetFrame
      name={name}
      title={title}
      purpose="Measure the rotation order of each map from how far its phase turns under a small test rotation."
      wide
      exportRef={exportRef}
      onReset={() => {
        const d = defaultsOf(ORDER_LINK);
        setMode(initialMode);
        setM(m0);
        setN(n0);
        setBias(d.bias);
        setTestDeg(d.test);
      }}
      linkDrawing
      linkParams={() => linkOf(ORDER_LINK, { mode, m, n, bias, test: testDeg, input: source, bandlimit })}
      help={
        <p>
          Chain m = 1 and n = 2 and read Δ/θ ≈ 3 off the chained map; neither 1 nor 2 fits it. In the sum mode
          pick two different orders: no order fits the sum. In the nonlinearity mode the ℂ-ReLU adds no phase
          at all, while a ReLU on the real and imaginary parts adds some and breaks the law.
        </p>
      }
      controls={
        <>
          <label>
            Experiment{' '}
            <select value={mode} onChange={(e) => setMode(e.target.value as ArithmeticMode)}>
              {(Object.keys(MODES) as ArithmeticMode[]).map((k) => (
                <option key={k} value={k}>
                  {MODES[k]}
                </option>
              ))}
            </select>
          </label>
          {mode !== 'stream' && orderSelect(mode === 'sum' ? 'F₁ order' : 'm', 'first order', m, setM)}
          {(mode === 'chain' || mode === 'sum') &&
            orderSelect(mode === 'sum' ? 'F₂ order' : 'n', 'second order', n, setN)}
          {(mode === 'nonlinearity' || mode === 'stream') && (
            <label>
              ℂ-ReLU bias b = {bias.toFixed(2)}{' '}
              <input
                type="range"
                min={-0.3}
                max={0}
                step={0.01}
                value={bias}
                onChange={(e) => setBias(Number(e.target.value))}
              />
            </label>
          )}
          <label>
            test rotation θ = {testDeg}°{' '}
            <input
              type="range"
              min={10}
              max={22}
              step={1}
              value={testDeg}
              onChange={(e) => setTestDeg(Number(e.target.value))}
            />
          </label>
          <InputControls
            source={source}
            onSource={setSource}
            bandlimit={bandlimit}
            onBandlimit={setBandlimit}
            sigma={BLUR}
          />
        </>
      }
      readout={
        <p
          className={`harmonic-readout${busyClass(busy)}`}
          {...busyAttributes(busy)}
          data-theta-deg={testDeg}
          data-mode={mode}
          data-backend={snapshot?.info.kind ?? ''}
        >
          <BusyText busy={busy} note={busyNote(`the ${MODE_NOTES[mode]} at θ = ${testDeg}°`)}>
            Each map's order is estimated as Δ/θ, with Δ = arg Σ<sub>p</sub> Φ(L<sub>θ</sub>f)(R<sub>θ</sub>
            p) conj Φ(f)(p) over the disk; at θ = {testDeg}° orders up to |M| = {maxResolvableOrder(theta)}{' '}
            are told apart without wrapping. A law error below {ORDER_LAW_TOLERANCE} counts as obeyed (what is
            left is resampling and pixel sampling, bicubic, K = {KERNEL}; a wrong order leaves at least 0.17
            at θ ≥ 10°). {mode === 'sum' && 'F₂ is scaled to the norm of F₁, so neither hides the other. '}
            Computed on {backendText(snapshot?.info)} at {size}×{size}.
          </BusyText>
          {(error || inputError) && <span role="alert"> {error ?? inputError}</span>}
        </p>
      }
    >
      <div className="harmonic-row">
        {small('x', 'x', 'the input')}
        {small('rx', `Lθf, θ = ${testDeg}°`, 'the input turned by the test rotation')}
        <PhaseWheel range={1} label="complex maps" rangeText="each map's max |z|" />
        <ColorLegend mode="sequential" range={1} label="inputs" />
      </div>
      {exp && <OrderTable taps={exp.taps} measured={result?.taps ?? null} maps={tapMaps} busy={busy} />}
    </WidgetFrame>
  );
}
