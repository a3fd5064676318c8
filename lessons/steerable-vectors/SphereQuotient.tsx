// The sphere as SO(3)/SO(2) (Bekkers' lecture notes): pick a point p on the sphere (click it, or
// move it with the arrow keys) and see the coset of rotations that carry the north pole n to p, as
// frames at p, and the stabilizer of p, the rotations about p, as frames on the circle through n
// around p: the plane's picture (the groups lesson) one dimension up.
import { geoGraticule10, geoPath } from 'd3';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  cosetRotations,
  frameOf,
  NORTH,
  sphereChecks,
  stabilizerRotations,
  type Vec3,
} from '../../src/experiments/steerable/sphereQuotient';
import type { Matrix } from '../../src/math/linalg';
import { among, field, flag, linkOf, numbers, mapped, useLink } from '../../src/state/link';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { lonLatToVector, SPHERE_FRAME, sphereProjection, vectorToLonLat } from './sphereCanvas';
import './steerable.css';

const NAME = 'sphere-quotient';
const SIZE = 300;
const COUNTS = [4, 8, 12] as const;
const TOLERANCE = 1e-12;
/** Start at longitude 40°, latitude 20°: in view, away from the pole. */
const START: [number, number] = [40, 20];
const KEY_STEP = 10;

const LINK = {
  // The point as longitude and latitude in degrees.
  p: field(
    mapped(
      numbers(2, -180, 180, 2),
      (v) => (Math.abs(v[1]) <= 90 ? ([v[0], v[1]] as [number, number]) : null),
      (v: readonly [number, number]) => [v[0], v[1]],
    ),
    START as readonly [number, number],
  ),
  frames: field(among(COUNTS), 8),
  stabilizer: field(flag, true),
};

const visible = (v: readonly number[]) =>
  v[0] * SPHERE_FRAME.viewer[0] + v[1] * SPHERE_FRAME.viewer[1] + v[2] * SPHERE_FRAME.viewer[2] > 0.02;

/** A rotation's frame as a short arrow from g n along g x̂, in screen coordinates (null if hidden). */
function arrow(g: Matrix, projection: ReturnType<typeof sphereProjection>): [number, number, number, number] | null {
  const { position: o, heading: h } = frameOf(g);
  if (!visible(o)) return null;
  const tip = [o[0] + 0.28 * h[0], o[1] + 0.28 * h[1], o[2] + 0.28 * h[2]];
  const a = projection(vectorToLonLat(o));
  const b = projection(vectorToLonLat(tip));
  return a && b ? [a[0], a[1], b[0], b[1]] : null;
}

const fmt = (v: number) => (v.toFixed(2) === '-0.00' ? '0.00' : v.toFixed(2));

export function SphereQuotient() {
  const svgRef = useRef<SVGSVGElement>(null);
  const { initial } = useLink(NAME, LINK);
  const [lonLat, setLonLat] = useState<readonly [number, number]>(initial.p);
  const [count, setCount] = useState<number>(initial.frames);
  const [showStabilizer, setShowStabilizer] = useState(initial.stabilizer);
  const p: Vec3 = lonLatToVector(lonLat[0], lonLat[1]);
  const projection = sphereProjection(SIZE);
  const path = geoPath(projection);
  const coset = cosetRotations(p, count);
  const stab = stabilizerRotations(p, count);
  const checks = sphereChecks(p, count);
  const worst = Math.max(checks.coset, checks.stabilizer, checks.axisAngle);
  const pScreen = projection(vectorToLonLat(p));
  const nScreen = projection(vectorToLonLat(NORTH));
  // The circle the stabilizer moves n along: centre p, through n.
  const radiusDeg = (Math.acos(Math.max(-1, Math.min(1, p[2]))) * 180) / Math.PI;

  const pick = (e: PointerEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    if (!svg) return;
    const r = svg.getBoundingClientRect();
    const at = projection.invert?.([((e.clientX - r.left) / r.width) * SIZE, ((e.clientY - r.top) / r.height) * SIZE]);
    if (!at || !visible(lonLatToVector(at[0], at[1]))) return;
    setLonLat([Math.round(at[0]), Math.round(at[1])]);
  };
  const key = (e: KeyboardEvent<SVGSVGElement>) => {
    const d: Record<string, [number, number]> = {
      ArrowLeft: [-KEY_STEP, 0],
      ArrowRight: [KEY_STEP, 0],
      ArrowUp: [0, KEY_STEP],
      ArrowDown: [0, -KEY_STEP],
    };
    const step = d[e.key];
    if (!step) return;
    e.preventDefault();
    const lon = ((((lonLat[0] + step[0] + 180) % 360) + 360) % 360) - 180;
    setLonLat([lon, Math.max(-90, Math.min(90, lonLat[1] + step[1]))]);
  };

  return (
    <WidgetFrame
      name={NAME}
      title="The sphere is SO(3)/SO(2)"
      purpose={
        <>
          Pick a point <Tex math="p" />: the rotations that carry the north pole there form one coset, and the
          rotations about <Tex math="p" /> form its stabilizer.
        </>
      }
      exportRef={svgRef}
      onReset={() => setLonLat(START)}
      linkParams={() => linkOf(LINK, { p: lonLat, frames: count, stabilizer: showStabilizer })}
      help={
        <p>
          Click a point on the front of the sphere, or focus the sphere and use the arrow keys (10° steps). A
          rotation is drawn as the frame it makes of the north pole&apos;s: a dot where it sends n, an arrow
          where it sends x̂. The grey arrows all start at p: that is the coset, p with every heading. The
          orange arrows are the stabilizer of p: rotations about p, so they move n around the dashed circle
          centred at p. Put p on the north pole and the stabilizer is SO(2), the rotations about ẑ.
        </p>
      }
      controls={
        <>
          <label>
            Rotations drawn{' '}
            <select value={count} onChange={(e) => setCount(Number(e.target.value))}>
              {COUNTS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label className="nowrap">
            <input
              type="checkbox"
              checked={showStabilizer}
              onChange={(e) => setShowStabilizer(e.target.checked)}
            />{' '}
            Show the stabilizer of p
          </label>
        </>
      }
      readout={
        <span className="sphere-quotient-readout" data-p={lonLat.join(',')} data-max-error={String(worst)}>
          p = ({fmt(p[0])}, {fmt(p[1])}, {fmt(p[2])}), longitude {lonLat[0]}°, latitude {lonLat[1]}°. Checks
          (float64 on the CPU, math core, tolerance {TOLERANCE}) over the {count} rotations drawn: every coset
          rotation carries n to p, max |g n − p| = {checks.coset.toExponential(1)}; every stabilizer rotation
          fixes p, max |h p − p| = {checks.stabilizer.toExponential(1)}; g_p R_z(β) g_p⁻¹ against the rotation
          by β about p (Rodrigues): {checks.axisAngle.toExponential(1)}.{' '}
          {worst < TOLERANCE ? 'All hold to round-off.' : 'A check fails!'}
        </span>
      }
    >
      <div className="sphere-quotient">
        <svg
          ref={svgRef}
          className="sphere-quotient-view"
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          width={SIZE}
          height={SIZE}
          tabIndex={0}
          role="img"
          aria-label={`Sphere with the point p at longitude ${lonLat[0]}°, latitude ${lonLat[1]}°, its coset of ${count} rotations and, ${showStabilizer ? 'shown' : 'hidden'}, its stabilizer. Click or use the arrow keys to move p.`}
          onPointerDown={pick}
          onKeyDown={key}
        >
          <defs>
            <marker id="sq-head" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" className="sq-head" />
            </marker>
          </defs>
          <path d={path({ type: 'Sphere' }) ?? ''} className="sq-sphere" />
          <path d={path(geoGraticule10()) ?? ''} className="sq-graticule" />
          {showStabilizer && radiusDeg > 0.5 && (
            <path d={path(circleAround(p, radiusDeg)) ?? ''} className="sq-circle" />
          )}
          {nScreen && visible(NORTH) && (
            <g className="sq-north">
              <circle cx={nScreen[0]} cy={nScreen[1]} r={4} />
              <text x={nScreen[0] + 7} y={nScreen[1] - 6}>
                n
              </text>
            </g>
          )}
          {coset.map((g, k) => {
            const a = arrow(g, projection);
            return (
              a && (
                <line
                  key={`c${k}`}
                  x1={a[0]}
                  y1={a[1]}
                  x2={a[2]}
                  y2={a[3]}
                  className="sq-arrow sq-coset"
                  markerEnd="url(#sq-head)"
                  data-rotation={`coset-${k}`}
                />
              )
            );
          })}
          {showStabilizer &&
            stab.map((h, k) => {
              const a = arrow(h, projection);
              // Every rotation keeps its group (with where it sends n); one on the far side draws nothing.
              return (
                <g
                  key={`s${k}`}
                  data-rotation={`stabilizer-${k}`}
                  data-position={frameOf(h).position.join(',')}
                  data-visible={String(a !== null)}
                >
                  {a && <circle cx={a[0]} cy={a[1]} r={3} className="sq-stabilizer-dot" />}
                  {a && (
                    <line
                      x1={a[0]}
                      y1={a[1]}
                      x2={a[2]}
                      y2={a[3]}
                      className="sq-arrow sq-stabilizer"
                      markerEnd="url(#sq-head)"
                    />
                  )}
                </g>
              );
            })}
          {pScreen && (
            <g className="sq-point">
              <circle cx={pScreen[0]} cy={pScreen[1]} r={5} />
              <text x={pScreen[0] + 8} y={pScreen[1] + 14}>
                p
              </text>
            </g>
          )}
        </svg>
        <div className="sq-formulas">
          <Tex display math="S^2 \equiv SO(3)/SO(2), \qquad g_p H = \{ R \in SO(3) \mid R\,n = p \}" />
          <Tex display math="\operatorname{Stab}(p) = g_p\, SO(2)\, g_p^{-1} = \{\text{rotations about the axis } p\}" />
        </div>
      </div>
    </WidgetFrame>
  );
}

/** The small circle of angular radius `deg` around the unit vector c, as GeoJSON. */
function circleAround(c: Vec3, deg: number) {
  const [lon, lat] = vectorToLonLat(c);
  const ring: [number, number][] = [];
  for (let k = 0; k <= 72; k++) {
    const t = (2 * Math.PI * k) / 72;
    // Points at angle deg from c: rotate the pole-centred circle to c.
    const r = (deg * Math.PI) / 180;
    const v: Vec3 = [Math.sin(r) * Math.cos(t), Math.sin(r) * Math.sin(t), Math.cos(r)];
    ring.push(toLonLatAround(v, lon, lat));
  }
  return { type: 'LineString' as const, coordinates: ring };
}

/** Rotates v (given around the north pole) so that the pole goes to (lon, lat), and returns its lon/lat. */
function toLonLatAround(v: Vec3, lon: number, lat: number): [number, number] {
  const colat = ((90 - lat) * Math.PI) / 180;
  const az = (lon * Math.PI) / 180;
  // R_z(az) R_y(colat) v
  const x1 = Math.cos(colat) * v[0] + Math.sin(colat) * v[2];
  const z1 = -Math.sin(colat) * v[0] + Math.cos(colat) * v[2];
  const y1 = v[1];
  const x2 = Math.cos(az) * x1 - Math.sin(az) * y1;
  const y2 = Math.sin(az) * x1 + Math.cos(az) * y1;
  return vectorToLonLat([x2, y2, z1]);
}
