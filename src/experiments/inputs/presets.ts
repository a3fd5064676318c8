// Preset inputs: letters and shapes without rotational symmetry (so rotating them shows),
// smooth blobs (band-limited, for off-grid angles) and real handwritten MNIST digits.
import { SAMPLES, SIDE } from 'virtual:mnist-samples';

export interface Preset {
  id: string;
  label: string;
  group: 'Letters' | 'Shapes' | 'Digits';
  /** Draw white-on-black into a square context of side `size`. */
  draw(ctx: CanvasRenderingContext2D, size: number): void;
}

function letter(ch: string): Preset {
  return {
    id: `letter-${ch}`,
    label: `Letter ${ch}`,
    group: 'Letters',
    draw(ctx, size) {
      ctx.fillStyle = '#fff';
      ctx.font = `bold ${Math.round(size * 0.62)}px "DejaVu Sans", Arial, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(ch, size / 2, size * 0.53);
    },
  };
}

function polygon(id: string, label: string, pts: [number, number][]): Preset {
  return {
    id,
    label,
    group: 'Shapes',
    draw(ctx, size) {
      ctx.fillStyle = '#fff';
      ctx.beginPath();
      pts.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x * size, y * size) : ctx.lineTo(x * size, y * size)));
      ctx.closePath();
      ctx.fill();
    },
  };
}

const blobs: Preset = {
  id: 'smooth-blobs',
  label: 'Smooth blobs',
  group: 'Shapes',
  draw(ctx, size) {
    // Gaussian blobs are nearly band-limited: rotating them off the pixel grid loses little.
    for (const [x, y, r] of [
      [0.38, 0.4, 0.12],
      [0.64, 0.56, 0.09],
      [0.45, 0.68, 0.07],
    ]) {
      const g = ctx.createRadialGradient(x * size, y * size, 0, x * size, y * size, r * size * 1.6);
      g.addColorStop(0, 'rgba(255,255,255,1)');
      g.addColorStop(1, 'rgba(255,255,255,0)');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, size, size);
    }
  },
};

function mnistDigit(digit: number, index: number, pixels: string): Preset {
  const bytes = Uint8Array.from(atob(pixels), (c) => c.charCodeAt(0));
  return {
    id: `mnist-${digit}-${index}`,
    label: `MNIST ${digit} (#${index + 1})`,
    group: 'Digits',
    draw(ctx, size) {
      const img = new ImageData(SIDE, SIDE);
      bytes.forEach((v, i) => img.data.set([v, v, v, 255], i * 4));
      const tmp = document.createElement('canvas');
      tmp.width = tmp.height = SIDE;
      tmp.getContext('2d')!.putImageData(img, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(tmp, 0, 0, size, size);
    },
  };
}

export const PRESETS: readonly Preset[] = [
  ...['F', 'R', 'G', 'L', 'P'].map(letter),
  polygon('arrow', 'Arrow', [
    [0.2, 0.45],
    [0.58, 0.45],
    [0.58, 0.3],
    [0.82, 0.5],
    [0.58, 0.7],
    [0.58, 0.55],
    [0.2, 0.55],
  ]),
  polygon('l-shape', 'L shape', [
    [0.3, 0.2],
    [0.42, 0.2],
    [0.42, 0.68],
    [0.72, 0.68],
    [0.72, 0.8],
    [0.3, 0.8],
  ]),
  polygon('triangle', 'Right triangle', [
    [0.25, 0.25],
    [0.25, 0.75],
    [0.7, 0.75],
  ]),
  blobs,
  ...SAMPLES.map((s) => mnistDigit(s.digit, s.index, s.pixels)),
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
