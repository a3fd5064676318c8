// A grayscale image in [0, 1] (row-major, size x size) drawn into a canvas, scaled up with
// nearest-neighbour sampling so single pixels stay visible; optional marked pixels for probes.
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export interface PixelMark {
  index: number;
  color: string;
}

export function GrayCanvas({
  image,
  size,
  label,
  caption,
  marks = [],
  display = 160,
  onPixel,
  name,
}: {
  image: ArrayLike<number> | null;
  size: number;
  /** Text description for screen readers. */
  label: string;
  caption: ReactNode;
  marks?: readonly PixelMark[];
  display?: number;
  onPixel?: (index: number) => void;
  /** data-image attribute for tests and exports. */
  name: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || !image) return;
    const pixels = ctx.createImageData(size, size);
    for (let i = 0; i < size * size; i++) {
      const v = Math.round(255 * Math.min(1, Math.max(0, image[i])));
      pixels.data.set([v, v, v, 255], 4 * i);
    }
    for (const m of marks) {
      const v = parseInt(m.color.slice(1), 16);
      pixels.data.set([(v >> 16) & 255, (v >> 8) & 255, v & 255, 255], 4 * m.index);
    }
    ctx.putImageData(pixels, 0, 0);
  }, [image, size, marks]);
  const click = (e: MouseEvent<HTMLCanvasElement>) => {
    if (!onPixel) return;
    const r = e.currentTarget.getBoundingClientRect();
    const col = Math.min(size - 1, Math.floor(((e.clientX - r.left) / r.width) * size));
    const row = Math.min(size - 1, Math.floor(((e.clientY - r.top) / r.height) * size));
    onPixel(row * size + col);
  };
  return (
    <figure className="gray-figure">
      <canvas
        ref={ref}
        width={size}
        height={size}
        className={onPixel ? 'gray-canvas probe' : 'gray-canvas'}
        style={{ width: display, height: display }}
        role="img"
        aria-label={label}
        data-image={name}
        onClick={click}
      />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
