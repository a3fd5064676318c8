// ψ in a link: presets by name, painted values in full (so the bank comes back bit for bit), and
// malformed parts ignored, leaving ψ as it was.
import { describe, expect, test } from 'vitest';
import { applyKernelParams, kernelLinkParams } from '../../../../src/ui/orientation/kernelLink';
import { createKernelStore } from '../../../../src/state/filter';
import { kernelPreset } from '../../../../src/experiments/filters/kernels';

const params = (p: Record<string, string>) => new URLSearchParams(p);

describe('round trip through a link', () => {
  test('a preset travels by name and size', () => {
    const from = createKernelStore('gabor', 7);
    expect(kernelLinkParams(from.getState())).toEqual({ kernel: 'gabor', k: '7' });
    const to = createKernelStore('edge', 5);
    applyKernelParams(to, params(kernelLinkParams(from.getState())));
    expect(to.getState().size).toBe(7);
    expect(to.getState().source).toBe('gabor');
    expect(to.getState().values).toEqual(Array.from(kernelPreset('gabor').make(7)));
  });

  test('painted values come back exactly, not rounded', () => {
    const from = createKernelStore('line', 5);
    from.getState().setCell(6, -0.5);
    from.getState().setCell(18, 0.123456789);
    const to = createKernelStore('edge', 3);
    applyKernelParams(to, params(kernelLinkParams(from.getState())));
    expect(to.getState().source).toBe('custom');
    expect(to.getState().size).toBe(5);
    expect(to.getState().values).toEqual(from.getState().values);
  });
});

describe('malformed links leave ψ as it was', () => {
  test.each([
    ['an unknown preset', { kernel: 'spiral', k: '5' }],
    ['a size the editor does not offer', { kernel: 'custom', k: '4', psi: '0,0,0,0' }],
    ['too few values', { kernel: 'custom', k: '5', psi: '1,2' }],
    ['a value outside [-1, 1]', { kernel: 'custom', k: '3', psi: '0,0,0,0,2,0,0,0,0' }],
    ['an empty entry', { kernel: 'custom', k: '3', psi: '0,0,0,0,,0,0,0,0' }],
    ['no values at all', { kernel: 'custom', k: '3' }],
  ])('%s', (_, p) => {
    const store = createKernelStore('corner', 3);
    const before = store.getState();
    applyKernelParams(store, params(p));
    expect(store.getState().source).toBe(before.source);
    expect(store.getState().values).toEqual(before.values);
  });
});
