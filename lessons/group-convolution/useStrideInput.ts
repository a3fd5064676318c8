// What both subsampling widgets compute on: the page's drawing rasterised at RASTER pixels and
// padded with zeros to an n x n map (MARGIN on the top and left, the rest on the bottom and right),
// and the page's filter ψ (the lifting lesson's filter bank) as a kernel.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useKernel } from '../../src/state/filter';
import { useRaster } from '../../src/ui/group/useRaster';
import { padImage } from '../../src/experiments/subsampling/stride';
import { MARGIN, RASTER, type Kernel } from '../../src/experiments/subsampling/subsamplingExperiment';

export function useStrideInput(n: number): { input: Float32Array | null; kernel: Kernel } {
  const raster = useRaster(RASTER);
  const input = useMemo(() => (raster ? padImage(raster, RASTER, MARGIN, n - RASTER - MARGIN) : null), [raster, n]);
  const { size, values } = useKernel(useShallow((s) => ({ size: s.size, values: s.values })));
  const kernel = useMemo(() => ({ size, values }), [size, values]);
  return { input, kernel };
}
