// The layers Φ a commuting diagram can test, built on one backend: a plain CNN layer, lifting,
// lifting + group convolution, and the full stack with orientation pooling.
import type { Backend } from '../../engine/backend';
import {
  GroupConvLayer,
  LiftingLayer,
  OrientationPoolLayer,
  PlanarConvLayer,
  ReluLayer,
  type Layer,
} from '../../layers';
import type { PlanarGroup } from '../../math';

export const PHI_KINDS = ['planar', 'lift', 'lift-gconv', 'stack'] as const;
export type PhiKind = (typeof PHI_KINDS)[number];

export const PHI_LABELS: Record<PhiKind, string> = {
  planar: 'plain CNN layer (planar correlation)',
  lift: 'lifting correlation',
  'lift-gconv': 'lifting → ReLU → group correlation',
  stack: 'lifting → ReLU → group conv → ReLU → orientation pooling',
};

/** How g acts on Φ's output: on the orientation axis too (lifted) or only on the plane. */
export function outputAction(kind: PhiKind): 'lifted' | 'planar' {
  return kind === 'lift' || kind === 'lift-gconv' ? 'lifted' : 'planar';
}

export interface PhiConfig {
  kind: PhiKind;
  group: PlanarGroup;
  channels: number;
  kernel: number;
  /** Smooth (Gaussian-windowed) filters interpolate well off the grid; white noise does not. */
  init: 'smooth' | 'normal';
  seed: number;
}

export function buildPhi(backend: Backend, c: PhiConfig): Layer[] {
  const base = { kernelSize: c.kernel };
  const params = (seed: number) => ({ seed, init: c.init });
  if (c.kind === 'planar')
    return [
      new PlanarConvLayer(backend, { ...base, inChannels: 1, outChannels: c.channels }, params(c.seed)),
    ];
  const lift = new LiftingLayer(
    backend,
    { ...base, group: c.group, inChannels: 1, outChannels: c.channels },
    params(c.seed),
  );
  if (c.kind === 'lift') return [lift];
  const gconv = new GroupConvLayer(
    backend,
    { ...base, group: c.group, inChannels: c.channels, outChannels: c.channels },
    params(c.seed + 1),
  );
  const layers: Layer[] = [lift, new ReluLayer(backend), gconv];
  if (c.kind === 'stack') layers.push(new ReluLayer(backend), new OrientationPoolLayer(backend, 'max'));
  return layers;
}
