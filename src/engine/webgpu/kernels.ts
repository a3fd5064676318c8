// Compute pipelines, cached per device (a WeakMap, so a lost device takes its cache with it).
// Binding 0 of every kernel is its Params struct in the parameter arena, at a dynamic offset;
// the bindings after it are storage buffers, declared by each kernel's spec in binding order.

import { reflectParams, type ParamsLayout } from './uniforms';

/** 'table': the parameter arena read as array<u32>; 'read': read-only storage; 'write': read_write. */
export type BindingKind = 'table' | 'read' | 'write';

export interface KernelSpec {
  readonly name: string;
  readonly source: string;
  readonly bindings: readonly BindingKind[];
}

export interface Kernel {
  /** Unique per device: spec name plus pipeline constants. */
  readonly key: string;
  readonly spec: KernelSpec;
  readonly pipeline: GPUComputePipeline;
  readonly layout: GPUBindGroupLayout;
  readonly params: ParamsLayout;
}

// Kernels without constants (all but the correlation) are found by their spec object, so the
// per-dispatch lookup builds no key; the others by a key of their constants.
type DeviceCache = {
  modules: Map<string, GPUShaderModule>;
  plain: Map<KernelSpec, Kernel>;
  kernels: Map<string, Kernel>;
};
const caches = new WeakMap<GPUDevice, DeviceCache>();

function cacheOf(device: GPUDevice): DeviceCache {
  let cache = caches.get(device);
  if (!cache) {
    cache = { modules: new Map(), plain: new Map(), kernels: new Map() };
    caches.set(device, cache);
  }
  return cache;
}

function bindGroupLayout(device: GPUDevice, spec: KernelSpec, params: ParamsLayout): GPUBindGroupLayout {
  const storage: Record<BindingKind, GPUBufferBindingType> = {
    table: 'read-only-storage',
    read: 'read-only-storage',
    write: 'storage',
  };
  const entries: GPUBindGroupLayoutEntry[] = [
    {
      binding: 0,
      visibility: GPUShaderStage.COMPUTE,
      buffer: { type: 'uniform', hasDynamicOffset: true, minBindingSize: params.size },
    },
    ...spec.bindings.map((kind, i) => ({
      binding: i + 1,
      visibility: GPUShaderStage.COMPUTE,
      buffer: { type: storage[kind] },
    })),
  ];
  return device.createBindGroupLayout({ label: spec.name, entries });
}

/** The pipeline of `spec` with these override constants, created once per device. */
export function getKernel(
  device: GPUDevice,
  spec: KernelSpec,
  constants: Record<string, number> = {},
): Kernel {
  const cache = cacheOf(device);
  let constant = false;
  let key = spec.name;
  for (const name in constants) {
    key += ` ${name}=${constants[name]}`;
    constant = true;
  }
  const hit = constant ? cache.kernels.get(key) : cache.plain.get(spec);
  if (hit) return hit;
  let module = cache.modules.get(spec.name);
  if (!module) {
    module = device.createShaderModule({ label: spec.name, code: spec.source });
    cache.modules.set(spec.name, module);
  }
  const params = reflectParams(spec.source);
  const layout = bindGroupLayout(device, spec, params);
  const pipeline = device.createComputePipeline({
    label: key,
    layout: device.createPipelineLayout({ label: spec.name, bindGroupLayouts: [layout] }),
    compute: { module, entryPoint: 'main', constants },
  });
  const kernel: Kernel = { key, spec, pipeline, layout, params };
  if (constant) cache.kernels.set(key, kernel);
  else cache.plain.set(spec, kernel);
  return kernel;
}
