// Widget 2 of the harmonic lesson: the drawing (or smooth blobs) correlated with W_m, shown as
// phase (hue) and magnitude, for the input and for the input rotated by any angle. The map turns
// with the input while every value's phase turns by m theta; the readout measures that at the
// rotation centre and on average over the disk, and the equivariance error of the whole map.
import './harmonic.css';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Tensor } from '../../src/engine/backend';
import type { DrawOptions } from '../../src/engine/render';
import { HARMONIC_ORDERS } from '../../src/layers';
import { useEngine } from '../../src/state/engine';
import { groupActionStore, useGroupAction } from '../../src/state/groupAction';
import { useFrameLoop } from '../../src/ui/commuting/useFrameLoop';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { busyNote, elementText, readoutBusy, type FrameKey } from '../../src/ui/frame/busy';
import { ColorLegend } from '../../src/ui/maps/ColorLegend';
import { useRenderers } from '../../src/ui/maps/useRenderers';
import { sizeFor } from '../../src/experiments/harmonic/engineInfo';
import { harmonicFilterStore, radialProfileOf, useHarmonicFilter } from './filterStore';
import { HarmonicMap } from './HarmonicMap';
import { InputControls } from './InputControls';
import { DEG } from '../../src/experiments/harmonic/phase';
import { PhaseDial } from './PhaseDial';
import { PhaseWheel } from './PhaseWheel';
import { HarmonicResponseExperiment, type ResponseMeasurement } from '../../src/experiments/harmonic/responseExperiment';
import { ResponseReadout } from './ResponseReadout';
import { useEngineObject } from '../../src/ui/hooks/useEngineObject';
import { useHarmonicInput, type InputSource } from './useHarmonicInput';
import { RESPONSE_LINK } from './linkFields';
import { defaultsOf, linkOf, readFields, useLink } from '../../src/state/link';

export const RESPONSE_BLUR = 1;
const NAME = 'harmonic-response';

// The order and the angle live in the page stores (shared with the filter explorer and the
// rotation control), so a link restores them there; any angle, so snapping goes off.
function restore(p: URLSearchParams) {
  const { m, angle } = readFields(RESPONSE_LINK, p);
  if (m !== null) harmonicFilterStore.getState().setOrder(m);
  if (angle === null) return;
  groupActionStore.getState().setSnap(false);
  groupActionStore.getState().setAngle(angle);
}

export function HarmonicResponse({ title = 'Rotate the input, watch the phase turn' }: { title?: string }) {
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const angle = useGroupAction((s) => s.angle);
  const f = useHarmonicFilter((s) => s);
  const radial = useMemo(() => radialProfileOf(f), [f]);
  const { initial } = useLink(NAME, RESPONSE_LINK, { restore });
  const [source, setSource] = useState<InputSource>(initial.input);
  const [bandlimit, setBandlimit] = useState(initial.bandlimit);
  const size = sizeFor(snapshot?.info, 129, 65);
  const { value: exp, error } = useEngineObject(
    backend,
    (b) =>
      new HarmonicResponseExperiment(b, {
        order: f.order,
        kernel: f.kernel,
        radial,
        phase: f.phase,
        size,
        blur: bandlimit ? RESPONSE_BLUR : 0,
      }),
    [f.order, f.kernel, radial, f.phase, size, bandlimit],
  );
  const { pixels, error: inputError } = useHarmonicInput(size, source);
  const { register, renderer, canvasKey } = useRenderers(backend);
  // The last measurement and what it was taken for (the experiment: filter, size, band-limit; input; θ).
  const [shown, setShown] = useState<{ m: ResponseMeasurement; key: FrameKey } | null>(null);
  const m = shown?.m ?? null;
  const busy = readoutBusy({ exp, pixels, angle }, shown?.key, error ?? inputError);
  const exportRef = useRef<HTMLCanvasElement | null>(null);
  // Callback refs must stay the same function across renders, or React detaches the canvas (and its renderer) each time.
  const attachExported = useCallback(
    (c: HTMLCanvasElement | null) => {
      register('phi-rx')(c);
      exportRef.current = c;
    },
    [register],
  );
  const range = m && m.magnitudeMax > 0 ? m.magnitudeMax : 1;

  useFrameLoop(async () => {
    if (!exp || !pixels || !backend) return;
    exp.setInput(pixels);
    exp.run(angle);
    // Measure first: the colour range of the responses is this frame's max |Phi(x)|.
    const measured = await exp.measure();
    const range = measured.magnitudeMax > 0 ? measured.magnitudeMax : 1;
    const draw = (id: string, t: Tensor, o: DrawOptions) => renderer(id)?.draw(t, o);
    await Promise.all([
      draw('x', exp.x, { plane: 0, mode: 'sequential', range: 1 }),
      draw('rx', exp.rx, { plane: 0, mode: 'sequential', range: 1 }),
      draw('phi-x', exp.phiX, { plane: 0, mode: 'phase', range }),
      draw('phi-rx', exp.phiRx, { plane: 0, mode: 'phase', range }),
      draw('mag-x', exp.magX, { plane: 0, mode: 'sequential', range }),
      draw('mag-rx', exp.magRx, { plane: 0, mode: 'sequential', range }),
    ]);
    setShown({ m: measured, key: { exp, pixels, angle } });
  }, [exp, pixels, angle, backend]);

  const key = `${canvasKey}-${size}`;
  const panel = (id: string, caption: ReactNode, description: string, markCentre = false) => (
    <HarmonicMap
      id={id}
      caption={caption}
      description={description}
      size={size}
      attach={id === 'phi-rx' ? attachExported : register(id)}
      canvasKey={key}
      markCentre={markCentre}
    />
  );
  const order = f.order;
  const setAngle = (deg: number) => {
    const g = groupActionStore.getState();
    g.setSnap(false);
    g.setAngle(deg / DEG);
  };

  return (
    <WidgetFrame
      name={NAME}
      title={title}
      purpose={
        <>
          Correlate the input with <Tex math="W_m" />, rotate the input by any angle, and compare the phase change with{' '}
          <Tex math="m\theta" />.
        </>
      }
      wide
      exportRef={exportRef}
      onReset={() => {
        const d = defaultsOf(RESPONSE_LINK);
        setSource(d.input);
        setBandlimit(d.bandlimit);
        setAngle(0);
      }}
      linkDrawing
      linkParams={() => linkOf(RESPONSE_LINK, { m: order, angle, input: source, bandlimit })}
      help={
        <p>
          Drag the angle to 37°: the response map turns with the input and its colours (phases) shift by
          m·37°. Compare the arrows at the centre. Then set m = 0 (nothing turns) and m = 3 (three times as
          fast). Switch off the band-limit with a sharp drawing and watch the error grow.
        </p>
      }
      controls={
        <>
          <label>
            Order m{' '}
            <select
              value={order}
              onChange={(e) => harmonicFilterStore.getState().setOrder(Number(e.target.value))}
            >
              {HARMONIC_ORDERS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label>
            Rotation θ = {(angle * DEG).toFixed(1)}°{' '}
            <input
              type="range"
              min={0}
              max={360}
              step={1}
              value={Math.round(angle * DEG)}
              aria-label="rotation angle in degrees (any angle; turns off snapping)"
              onChange={(e) => setAngle(Number(e.target.value))}
            />
          </label>
          <InputControls
            source={source}
            onSource={setSource}
            bandlimit={bandlimit}
            onBandlimit={setBandlimit}
            sigma={RESPONSE_BLUR}
          />
        </>
      }
      readout={
        <ResponseReadout
          m={m}
          info={snapshot?.info}
          size={size}
          kernel={f.kernel}
          problem={error ?? inputError}
          busy={busy}
          note={busyNote(elementText({ n: 1, angle, reflect: false }))}
        />
      }
    >
      <div className="harmonic-grid">
        {panel('x', <>f</>, 'the input', true)}
        {panel(
          'phi-x',
          <>
            Φ(f) = f ⋆ W<sub>{order}</sub>
          </>,
          'the response to the input, phase as hue',
          true,
        )}
        {panel('mag-x', <>|Φ(f)|</>, 'the magnitude of the response')}
        {panel(
          'rx',
          <>
            L<sub>θ</sub>f
          </>,
          'the input rotated by theta',
          true,
        )}
        {panel(
          'phi-rx',
          <>
            Φ(L<sub>θ</sub>f)
          </>,
          'the response to the rotated input, phase as hue',
          true,
        )}
        {panel(
          'mag-rx',
          <>
            |Φ(L<sub>θ</sub>f)|
          </>,
          'the magnitude of the response to the rotated input',
        )}
      </div>
      <div className="harmonic-row">
        <PhaseDial
          before={m?.centre.before ?? null}
          after={m?.centre.after ?? null}
          order={order}
          theta={m?.theta ?? 0}
        />
        <PhaseWheel range={range} label="Φ" />
        <div className="harmonic-legend-column">
          <ColorLegend mode="sequential" range={1} label="inputs" />
          <ColorLegend mode="sequential" range={range} label="magnitudes" />
        </div>
      </div>
    </WidgetFrame>
  );
}
