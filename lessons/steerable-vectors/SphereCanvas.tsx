// The sphere view: a function on S^2 painted with d3's orthographic projection; drag (mouse, touch,
// pen) or arrow keys to rotate it.
import { useEffect, type RefObject } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { paintSphere, SPHERE_FRAME } from './sphereCanvas';
import { useTrackball } from './useTrackball';

const SIZE = 260;
// Mid-grey outline and a near-black marker read on the blue-white-red scale in both themes.
const STYLE = { outline: '#8a8d99', marker: '#1c1d22' };

export interface SphereCanvasProps {
  /** One value per cell of CELLS. */
  values: readonly number[];
  maxAbs: number;
  rotation: Matrix;
  /** Drag and arrow keys call this; without it the view is fixed (not focusable). */
  onRotate?(r: Matrix): void;
  description: string;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  /** The label of the pole's dot (default 'R ẑ'). */
  poleLabel?: string;
}

const FIXED = () => {};

export function SphereCanvas({
  values,
  maxAbs,
  rotation,
  onRotate,
  description,
  canvasRef: ref,
  poleLabel,
}: SphereCanvasProps) {
  const handlers = useTrackball(SPHERE_FRAME, SIZE / 2, rotation, onRotate ?? FIXED);
  const pole = [rotation[0][2], rotation[1][2], rotation[2][2]];

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = SIZE * dpr;
    canvas.height = SIZE * dpr;
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintSphere(ctx, SIZE, values, maxAbs, pole, { ...STYLE, poleLabel });
    // pole is derived from rotation, which changes together with values
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, maxAbs, rotation, ref, poleLabel]);

  return (
    <canvas
      ref={ref}
      className="sphere-canvas"
      style={{ width: SIZE, height: SIZE }}
      tabIndex={onRotate ? 0 : undefined}
      role="img"
      aria-label={onRotate ? `${description} Drag or use the arrow keys to rotate.` : description}
      {...(onRotate ? handlers : {})}
    />
  );
}
