// Weight counts and shapes read off the engine's own layers (built once on a throwaway CPU
// backend), so the exercises ask about exactly what the lessons' widgets run.
import type { Backend } from '../../engine/backend';
import { createCpuBackend } from '../../engine/cpu';
import { GroupConvLayer, LiftingLayer, OrientationPoolLayer, PlanarConvLayer } from '../../layers';
import type { PlanarGroup } from '../../math';

const product = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Runs `read` on a fresh CPU backend, then releases its scratch memory (the layers are garbage). */
function onCpu<T>(read: (backend: Backend) => T): T {
  const backend = createCpuBackend();
  try {
    return read(backend);
  } finally {
    backend.destroy();
  }
}

export interface LayerSize {
  group: PlanarGroup;
  inChannels: number;
  outChannels: number;
  kernelSize: number;
}

/** Learned weights (no bias) of a lifting layer, and the entries of the filter bank it correlates with. */
export function liftingCounts(spec: LayerSize): { weights: number; bank: number } {
  return onCpu((b) => {
    const lift = new LiftingLayer(b, spec, { seed: 1 });
    return { weights: product(lift.weightShape), bank: product(lift.bank.shape) };
  });
}

/**
 * Learned weights of a group correlation C -> O channels on G, and of the plain planar layer
 * that maps the same C·|G| input planes to the same O·|G| output planes.
 */
export function groupConvCounts(spec: LayerSize): { group: number; planar: number } {
  const G = spec.group.order;
  const planarSpec = {
    inChannels: spec.inChannels * G,
    outChannels: spec.outChannels * G,
    kernelSize: spec.kernelSize,
  };
  return onCpu((b) => ({
    group: product(new GroupConvLayer(b, spec, { seed: 1 }).weightShape),
    planar: product(new PlanarConvLayer(b, planarSpec, { seed: 1 }).weightShape),
  }));
}

/** Image -> lifting -> group correlation -> max pool over orientations. */
export interface StackSpec {
  group: PlanarGroup;
  /** [C, H, W] */
  input: readonly number[];
  lifting: { outChannels: number; kernelSize: number };
  groupConv: { outChannels: number; kernelSize: number };
}

/** The output shape of each layer of the stack, as the layers compute it. */
export function stackShapes(spec: StackSpec): { lifted: number[]; grouped: number[]; pooled: number[] } {
  const { group, input } = spec;
  return onCpu((b) => {
    const lifted = new LiftingLayer(b, { group, inChannels: input[0], ...spec.lifting }).outputShape(input);
    const convSpec = { group, inChannels: spec.lifting.outChannels, ...spec.groupConv };
    const grouped = new GroupConvLayer(b, convSpec).outputShape(lifted);
    return { lifted, grouped, pooled: new OrientationPoolLayer(b, 'max').outputShape(grouped) };
  });
}
