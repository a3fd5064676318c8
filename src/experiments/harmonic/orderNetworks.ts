// The small harmonic networks of the order-arithmetic widget (Worrall et al. 2017): a chain W_n * (W_m * x)
// (orders add), a sum of two maps (a shared order survives), a nonlinearity on an order-m map
// (the magnitude ReLU keeps the phase, a ReLU on real and imaginary parts does not), and a
// two-layer stream whose magnitudes are invariant. Each exposes "taps": the maps the widget shows
// and tests, with the rotation orders the theory predicts for them.
import type { Backend, Tensor } from '../../engine/backend';
import {
  defaultRadialProfile,
  HarmonicConvLayer,
  MagnitudeLayer,
  MagnitudeReluLayer,
  ReluLayer,
  type Layer,
  type RadialProfile,
} from '../../layers';
import { harmonicWeights } from './harmonicFilters';
import { Lanes, type Lane, type LanePair } from './lanes';

export type ArithmeticMode = 'chain' | 'sum' | 'nonlinearity' | 'stream';

export interface ArithmeticConfig {
  mode: ArithmeticMode;
  /** First order (chain, sum, nonlinearity). */
  m: number;
  /** Second order (chain, sum). */
  n: number;
  /** Bias b of the magnitude ReLU, ReLU(|z| + b) (nonlinearity, stream). */
  bias: number;
  /** Odd kernel size K. */
  kernel: number;
  /** Odd map size S. */
  size: number;
}

export interface Tap {
  id: string;
  label: string;
  /** The order the theory predicts; null where no single order exists. Real taps: 0 (invariant values). */
  predicted: number | null;
  /** Orders whose phase law e^{i M theta} is measured for this tap (real taps: none). */
  candidates: readonly number[];
  complex: boolean;
  /** Another tap whose phase this one is compared with on the same input (the nonlinearity's input). */
  phaseOf?: string;
  maps: LanePair;
}

export interface OrderNetwork {
  readonly taps: readonly Tap[];
  /** Records the network on lane `lane` from its input image [1, S, S]. */
  forward(lane: Lane, input: Tensor): void;
  /**
   * Where two summands should be of equal size (sum mode): the taps to compare and how to scale
   * the second one's filter by `gain`, so that neither summand hides the other.
   */
  balance?: { taps: readonly [string, string]; apply(gain: number): void };
  dispose(): void;
}

const unique = (xs: number[]) => [...new Set(xs)];

/** One-filter harmonic conv of order m, scaled so that |response| <= max |input| (harmonicFilters.ts). */
export function buildHarmonicLayer(
  backend: Backend,
  order: number,
  K: number,
  complexInput: boolean,
  radial: RadialProfile = defaultRadialProfile(K),
  beta = 0,
): HarmonicConvLayer {
  return new HarmonicConvLayer(
    backend,
    { inChannels: 1, outChannels: 1, kernelSize: K, orders: order, radial, complexInput },
    { weights: harmonicWeights(order, K, radial, beta) },
  );
}

/** Builds the network of a mode; layers and lane tensors are released by dispose(). */
export function buildOrderNetwork(backend: Backend, c: ArithmeticConfig): OrderNetwork {
  const lanes = new Lanes(backend);
  const layers: Layer[] = [];
  const keep = <L extends Layer>(l: L): L => (layers.push(l), l);
  const complex = [1, 2, c.size, c.size];
  const tap = (t: Omit<Tap, 'maps'>, shape = complex): Tap => ({ ...t, maps: lanes.pair(shape) });
  const net = BUILDERS[c.mode](backend, c, { keep, tap, lanes });
  return {
    ...net,
    dispose() {
      layers.forEach((l) => l.dispose());
      lanes.dispose();
    },
  };
}

interface Kit {
  keep<L extends Layer>(l: L): L;
  tap(t: Omit<Tap, 'maps'>, shape?: readonly number[]): Tap;
  lanes: Lanes;
}
type Builder = (b: Backend, c: ArithmeticConfig, kit: Kit) => Omit<OrderNetwork, 'dispose'>;

const BUILDERS: Record<ArithmeticMode, Builder> = {
  chain(backend, { m, n, kernel: K }, { keep, tap }) {
    const first = keep(buildHarmonicLayer(backend, m, K, false));
    const second = keep(buildHarmonicLayer(backend, n, K, true));
    const a = tap({ id: 'first', label: `f ⋆ W_${m}`, predicted: m, candidates: [m], complex: true });
    const ab = tap({
      id: 'chain',
      label: `(f ⋆ W_${m}) ⋆ W_${n}`,
      predicted: m + n,
      candidates: unique([m + n, m, n]),
      complex: true,
    });
    return {
      taps: [a, ab],
      forward(lane, x) {
        first.forward(x, a.maps[lane]);
        second.forward(a.maps[lane], ab.maps[lane]);
      },
    };
  },

  sum(backend, { m, n, kernel: K }, { keep, tap }) {
    // Two different filters (ring radius, phase offset), so the summands are different maps.
    const ringA: RadialProfile = { kind: 'gaussianRing', radius: (K - 1) / 3, width: Math.max(K / 8, 0.75) };
    const ringB: RadialProfile = { kind: 'gaussianRing', radius: (K - 1) / 5, width: Math.max(K / 10, 0.75) };
    const fa = keep(buildHarmonicLayer(backend, m, K, false, ringA, 0));
    const fb = keep(buildHarmonicLayer(backend, n, K, false, ringB, 2));
    const a = tap({ id: 'a', label: `z₁ = f ⋆ W_${m}`, predicted: m, candidates: [m], complex: true });
    const b = tap({ id: 'b', label: `z₂ = f ⋆ W′_${n}`, predicted: n, candidates: [n], complex: true });
    const s = tap({
      id: 'sum',
      label: 'z₁ + z₂',
      predicted: m === n ? m : null,
      // Every order from m to n: a mixture fits none of them.
      candidates: Array.from({ length: Math.abs(n - m) + 1 }, (_, k) => Math.min(m, n) + k),
      complex: true,
    });
    return {
      taps: [a, b, s],
      balance: {
        taps: ['a', 'b'],
        apply: (gain) => fb.setParams({ weights: harmonicWeights(n, K, ringB, 2).map((w) => w * gain) }),
      },
      forward(lane, x) {
        fa.forward(x, a.maps[lane]);
        fb.forward(x, b.maps[lane]);
        backend.add(a.maps[lane], b.maps[lane], s.maps[lane]);
      },
    };
  },

  nonlinearity(backend, { m, bias, kernel: K }, { keep, tap }) {
    const conv = keep(buildHarmonicLayer(backend, m, K, false));
    const cRelu = keep(new MagnitudeReluLayer(backend, 1, Float32Array.of(bias)));
    const relu = keep(new ReluLayer(backend));
    const z = tap({ id: 'z', label: `z = f ⋆ W_${m}`, predicted: m, candidates: [m], complex: true });
    const kept = tap({
      id: 'c-relu',
      label: 'ℂ-ReLU(z)',
      predicted: m,
      candidates: [m],
      complex: true,
      phaseOf: 'z',
    });
    const broken = tap({
      id: 'relu',
      label: 'ReLU(Re z) + i ReLU(Im z)',
      predicted: null,
      candidates: [m],
      complex: true,
      phaseOf: 'z',
    });
    return {
      taps: [z, kept, broken],
      forward(lane, x) {
        conv.forward(x, z.maps[lane]);
        cRelu.forward(z.maps[lane], kept.maps[lane]);
        relu.forward(z.maps[lane], broken.maps[lane]);
      },
    };
  },

  stream: buildStream,
};

/**
 * A two-layer H-Net with streams of order 0 and 1: layer 1 gives W_0 * x and W_1 * x, each through
 * a magnitude ReLU; layer 2 builds an order-1 output from both streams, W_1 * s_0 + W_0 * s_1
 * (orders 0 + 1 and 1 + 0), and its magnitude is rotation invariant.
 */
function buildStream(backend: Backend, c: ArithmeticConfig, kit: Kit): Omit<OrderNetwork, 'dispose'> {
  const { keep, tap, lanes } = kit;
  const K = c.kernel;
  const l1 = [keep(buildHarmonicLayer(backend, 0, K, false)), keep(buildHarmonicLayer(backend, 1, K, false))];
  const act = keep(new MagnitudeReluLayer(backend, 1, Float32Array.of(c.bias)));
  const l2 = [keep(buildHarmonicLayer(backend, 1, K, true)), keep(buildHarmonicLayer(backend, 0, K, true))];
  const magnitude = keep(new MagnitudeLayer(backend));
  const complex = [1, 2, c.size, c.size];
  const raw = [lanes.pair(complex), lanes.pair(complex)];
  const s0 = tap({ id: 's0', label: 'z₀ = ℂ-ReLU(f ⋆ W_0)', predicted: 0, candidates: [0], complex: true });
  const s1 = tap({ id: 's1', label: 'z₁ = ℂ-ReLU(f ⋆ W_1)', predicted: 1, candidates: [1], complex: true });
  const parts = [lanes.pair(complex), lanes.pair(complex)];
  const out = tap({
    id: 'out',
    label: 'z₀ ⋆ W_1 + z₁ ⋆ W_0',
    predicted: 1,
    candidates: [1, 0, 2],
    complex: true,
  });
  const mag = tap(
    { id: 'magnitude', label: '|z₀ ⋆ W_1 + z₁ ⋆ W_0|', predicted: 0, candidates: [], complex: false },
    [1, c.size, c.size],
  );
  return {
    taps: [s0, s1, out, mag],
    forward(lane: Lane, x: Tensor) {
      [s0, s1].forEach((s, k) => {
        l1[k].forward(x, raw[k][lane]);
        act.forward(raw[k][lane], s.maps[lane]);
        l2[k].forward(s.maps[lane], parts[k][lane]);
      });
      backend.add(parts[0][lane], parts[1][lane], out.maps[lane]);
      magnitude.forward(out.maps[lane], mag.maps[lane]);
    },
  };
}
