// The three spheres of the spherical-convolution widget: the turned input f∘R⁻¹, the zonal filter h
// about the pole n (fixed), and the pooled output P_b(f * h) turned by the same R. Each has its own
// symmetric colour range, taken before turning so that dragging keeps the scale.
import { useMemo, useRef } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { identity } from '../../src/math/linalg';
import { DivergingLegend } from '../../src/ui/plots/DivergingLegend';
import { symmetricRange } from '../../src/ui/plots/diverging';
import { harmonicBasis, rotateCoefficients, synthesize } from '../../src/experiments/steerable/sphereFunctions';
import { zonalCoefficients } from '../../src/experiments/steerable/sphericalConvolution';
import { CELL_CENTRES } from './sphereCanvas';
import { SphereCanvas } from './SphereCanvas';

const MAX_BANDWIDTH = 7;
let cellBasis: Float64Array[] | null = null;

/** Values at the sphere view's cells from coefficients of bandwidth ≤ 7 (the basis is built once). */
function cellValues(coeffs: readonly number[]): number[] {
  cellBasis ??= harmonicBasis(MAX_BANDWIDTH, CELL_CENTRES);
  return synthesize(
    coeffs,
    cellBasis.map((row) => row.subarray(0, coeffs.length)),
  );
}

const UNROTATED = identity(3);

export interface ConvolutionSpheresProps {
  f: readonly number[];
  h0: readonly number[];
  output: readonly number[];
  pool: number;
  b: number;
  r: Matrix;
  onRotate(r: Matrix): void;
}

export function ConvolutionSpheres({ f, h0, output, pool, b, r, onRotate }: ConvolutionSpheresProps) {
  const inputRef = useRef<HTMLCanvasElement>(null);
  const filterRef = useRef<HTMLCanvasElement>(null);
  const outputRef = useRef<HTMLCanvasElement>(null);
  const fPlain = useMemo(() => cellValues(f), [f]);
  const fTurned = useMemo(() => cellValues(rotateCoefficients(f, r)), [f, r]);
  const hValues = useMemo(() => cellValues(zonalCoefficients(h0)), [h0]);
  const outPlain = useMemo(() => cellValues(output), [output]);
  const outTurned = useMemo(() => cellValues(rotateCoefficients(output, r)), [output, r]);
  const ranges = [symmetricRange(fPlain), symmetricRange(hValues), symmetricRange(outPlain)];
  const outName = pool < b ? `P${sub(pool)}(f * h)` : 'f * h';
  return (
    <>
      <figure className="sphere-panel">
        <figcaption>input f∘R⁻¹ (drag to turn)</figcaption>
        <SphereCanvas
          canvasRef={inputRef}
          values={fTurned}
          maxAbs={ranges[0]}
          rotation={r}
          onRotate={onRotate}
          description="The input function f turned by R, blue negative, red positive."
        />
        <DivergingLegend maxAbs={ranges[0]} label="f(R⁻¹x)" />
      </figure>
      <figure className="sphere-panel sphere-fixed">
        <figcaption>zonal filter h about the pole n</figcaption>
        <SphereCanvas
          canvasRef={filterRef}
          values={hValues}
          maxAbs={ranges[1]}
          rotation={UNROTATED}
          poleLabel="n"
          description="The filter h, symmetric about the north pole n, blue negative, red positive."
        />
        <DivergingLegend maxAbs={ranges[1]} label="h(x)" />
      </figure>
      <figure className="sphere-panel">
        <figcaption>output {outName}, turned by R</figcaption>
        <SphereCanvas
          canvasRef={outputRef}
          values={outTurned}
          maxAbs={ranges[2]}
          rotation={r}
          onRotate={onRotate}
          description={`The output ${outName} turned by R, blue negative, red positive.`}
        />
        <DivergingLegend maxAbs={ranges[2]} label={`${outName}(R⁻¹p)`} />
      </figure>
    </>
  );
}

/** 3 -> '₃'. */
const sub = (n: number) => String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
