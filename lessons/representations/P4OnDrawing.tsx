// Widget 9: the left-regular representation of p4 = Z^2 ⋊ C4 on the page's drawing,
// (L_(t,r) f)(x) = f(r^-1 (x - t)), through the math core's exact index map (imageActionIndexMap
// with a translation). Clicking an output pixel x shows the input pixel it was read from.
import { useMemo, useRef, useState } from 'react';
import { actOnPoint, applyIndexMap, cyclicGroup, imageActionIndexMap } from '../../src/math';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { ElementPicker } from '../../src/ui/group/GroupPicker';
import { GrayCanvas, type PixelMark } from '../../src/ui/group/GrayCanvas';
import { defaultsOf, field, integer, linkOf, useLink } from '../../src/state/link';
import { element } from '../../src/ui/group/linkState';
import { useRaster } from '../../src/ui/group/useRaster';
import './representations.css';

const NAME = 'p4-action';
const SIZE = 33;
const C = (SIZE - 1) / 2;
const MAX_SHIFT = 12;
const C4 = cyclicGroup(4);
const PROBE_OUT = '#ff9f1c';
const PROBE_IN = '#56b4e9';

// The rotation r by its label and the shift t = (u, v) within the sliders' range; the link also
// carries the drawing.
const LINK = {
  r: field(element(C4), 1),
  u: field(integer(-MAX_SHIFT, MAX_SHIFT), 5),
  v: field(integer(-MAX_SHIFT, MAX_SHIFT), 3),
};

/** KaTeX of r^-1 that also works when r already carries an exponent. */
const inverseTex = (r: number) => (r === 0 ? 'e' : r === 1 ? 'r^{-1}' : `(${C4.latex(r)})^{-1}`);

/** Pixel index -> plane coordinates (x right, y up, origin at the centre pixel). */
const coords = (i: number): [number, number] => [(i % SIZE) - C, C - Math.floor(i / SIZE)];

function Probe({
  r,
  t,
  index,
  map,
  f,
  out,
}: {
  r: number;
  t: [number, number];
  index: number;
  map: Int32Array;
  f: ArrayLike<number>;
  out: ArrayLike<number>;
}) {
  const [x, y] = coords(index);
  const shifted: [number, number] = [x - t[0], y - t[1]];
  const [sx, sy] = actOnPoint(C4, C4.inverse(r), shifted).map((v) => v + 0);
  const src = map[index];
  const value = src < 0 ? 0 : f[src];
  return (
    <div
      className="probe-readout"
      data-x={`${x},${y}`}
      data-source={`${sx},${sy}`}
      data-out-value={out[index]}
      data-source-value={value}
    >
      <Tex
        math={`\\mathbf{x} = (${x}, ${y}),\\quad \\mathbf{x}-t = (${shifted.join(', ')}),\\quad ${inverseTex(r)}(\\mathbf{x}-t) = (${sx}, ${sy})`}
      />
      <br />
      {src < 0 ? (
        <>That point lies outside the picture, so the new value is 0 (zero padding).</>
      ) : (
        <Tex
          math={`(L_{(t,${C4.latex(r)})} f)(\\mathbf{x}) = ${out[index].toFixed(3)} = f(${sx}, ${sy}) = ${value.toFixed(3)}`}
        />
      )}
    </div>
  );
}

export function P4OnDrawing() {
  const { initial } = useLink(NAME, LINK);
  const [r, setR] = useState(initial.r);
  const [t, setT] = useState<[number, number]>([initial.u, initial.v]);
  const [probe, setProbe] = useState<number | null>(null);
  const f = useRaster(SIZE);
  const map = useMemo(() => imageActionIndexMap(C4, r, SIZE, t), [r, t]);
  const out = useMemo(() => (f ? applyIndexMap(f, map) : null), [f, map]);
  const outMarks: PixelMark[] = probe === null ? [] : [{ index: probe, color: PROBE_OUT }];
  const inMarks: PixelMark[] =
    probe === null || map[probe] < 0 ? [] : [{ index: map[probe], color: PROBE_IN }];
  const viewsRef = useRef<HTMLDivElement>(null);
  const shift = (axis: 0 | 1, v: number) => setT((old) => (axis === 0 ? [v, old[1]] : [old[0], v]));

  return (
    <WidgetFrame
      name={NAME}
      title="p4 acting on your drawing"
      purpose={
        <>
          <Tex math="L_{(t,r)}" /> rotates the picture by <Tex math="r" /> about the centre, then shifts it by <Tex math="t" />.
        </>
      }
      wide
      exportRef={viewsRef}
      onReset={() => {
        const d = defaultsOf(LINK);
        setR(d.r);
        setT([d.u, d.v]);
        setProbe(null);
      }}
      linkDrawing
      linkParams={() => linkOf(LINK, { r, u: t[0], v: t[1] })}
      help={
        <p>
          Click a pixel of the right image: the orange pixel x shows the value the left image has at the blue
          pixel r⁻¹(x − t). The picture moves forward by (t, r) because every output pixel looks backwards by
          its inverse.
        </p>
      }
      controls={
        <>
          <ElementPicker group={C4} label="rotation r" value={r} onChange={setR} />
          {(['u', 'v'] as const).map((name, axis) => (
            <label key={name}>
              shift {name === 'u' ? 't₁ (right)' : 't₂ (up)'}{' '}
              <input
                type="range"
                aria-label={name === 'u' ? 'shift right' : 'shift up'}
                min={-MAX_SHIFT}
                max={MAX_SHIFT}
                step={1}
                value={t[axis]}
                onChange={(e) => shift(axis as 0 | 1, Number(e.target.value))}
              />{' '}
              <output>{t[axis]}</output>
            </label>
          ))}
        </>
      }
      readout={
        <div className="p4-readout">
          <Tex
            math={`(L_{(t,r)} f)(\\mathbf{x}) = f\\big(r^{-1}(\\mathbf{x} - t)\\big),\\quad t = (${t[0]}, ${t[1]}),\\ r = ${Math.round((C4.angle(r) * 180) / Math.PI)}^\\circ`}
          />{' '}
          — an exact permutation of pixels with zero padding (CPU, math core).
          {probe !== null && f && out && <Probe r={r} t={t} index={probe} map={map} f={f} out={out} />}
          {probe === null && <p>Click a pixel of the right image to trace it back.</p>}
        </div>
      }
    >
      <div className="rep-views" ref={viewsRef}>
        <GrayCanvas
          name="f"
          image={f}
          size={SIZE}
          display={231}
          label="the input f"
          caption={<>f</>}
          marks={inMarks}
        />
        <GrayCanvas
          name="Lf"
          image={out}
          size={SIZE}
          display={231}
          label={`L of f for t = (${t[0]}, ${t[1]}) and r = ${C4.label(r)}; click a pixel to trace it`}
          caption={
            <>
              L<sub>(t, r)</sub> f
            </>
          }
          marks={outMarks}
          onPixel={setProbe}
        />
      </div>
    </WidgetFrame>
  );
}
