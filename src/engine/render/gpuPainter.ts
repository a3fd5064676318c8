// Draws a map plane from a GPU storage buffer into a render target (map.wgsl), with no readback.
// Pipelines are cached per device and target format; bind groups per source buffer.

import { reflectParams, writeParams, type ParamsLayout } from '../webgpu/uniforms';
import { COLORMAPS, colormapWgsl } from './colormaps';
import mapSource from './map.wgsl?raw';
import type { DrawOptions, PlaneView } from './plane';

const SOURCE = [
  mapSource,
  colormapWgsl(COLORMAPS.sequential, 'sequential'),
  colormapWgsl(COLORMAPS.diverging, 'diverging'),
  colormapWgsl(COLORMAPS.phase, 'phase'),
].join('\n');
const PARAMS: ParamsLayout = reflectParams(mapSource);
const MODE = { sequential: 0, diverging: 1, phase: 2 } as const;

type Pipeline = { pipeline: GPURenderPipeline; layout: GPUBindGroupLayout };
const pipelines = new WeakMap<GPUDevice, Map<GPUTextureFormat, Pipeline>>();

function pipelineFor(device: GPUDevice, format: GPUTextureFormat): Pipeline {
  let byFormat = pipelines.get(device);
  if (!byFormat) pipelines.set(device, (byFormat = new Map()));
  const hit = byFormat.get(format);
  if (hit) return hit;
  const layout = device.createBindGroupLayout({
    label: 'map',
    entries: [
      {
        binding: 0,
        visibility: GPUShaderStage.FRAGMENT,
        buffer: { type: 'uniform', minBindingSize: PARAMS.size },
      },
      { binding: 1, visibility: GPUShaderStage.FRAGMENT, buffer: { type: 'read-only-storage' } },
    ],
  });
  const module = device.createShaderModule({ label: 'map', code: SOURCE });
  const pipeline = device.createRenderPipeline({
    label: `map ${format}`,
    layout: device.createPipelineLayout({ bindGroupLayouts: [layout] }),
    vertex: { module, entryPoint: 'vs' },
    fragment: { module, entryPoint: 'fs', targets: [{ format }] },
    primitive: { topology: 'triangle-list' },
  });
  const made = { pipeline, layout };
  byFormat.set(format, made);
  return made;
}

export class GpuPainter {
  private readonly uniforms: GPUBuffer;
  private readonly staging = new DataView(new ArrayBuffer(PARAMS.size));
  private readonly bindGroups = new WeakMap<GPUBuffer, GPUBindGroup>();
  private readonly pipeline: Pipeline;

  constructor(
    private readonly device: GPUDevice,
    format: GPUTextureFormat,
  ) {
    this.pipeline = pipelineFor(device, format);
    this.uniforms = device.createBuffer({
      label: 'map params',
      size: PARAMS.size,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
  }

  /**
   * Records the draw of `view` (a plane of `source`) into `target` of width x height pixels.
   * The parameters are written at once, so submit before encoding the next draw.
   */
  encode(
    encoder: GPUCommandEncoder,
    target: GPUTextureView,
    size: { width: number; height: number },
    source: GPUBuffer,
    view: PlaneView,
    opts: DrawOptions,
  ): void {
    writeParams(PARAMS, this.staging, 0, {
      h: view.H,
      w: view.W,
      width: size.width,
      height: size.height,
      re: view.re,
      im: view.im,
      mode: MODE[opts.mode],
      range: opts.range,
    });
    this.device.queue.writeBuffer(this.uniforms, 0, this.staging.buffer);
    const pass = encoder.beginRenderPass({
      colorAttachments: [{ view: target, loadOp: 'clear', storeOp: 'store', clearValue: [0, 0, 0, 1] }],
    });
    pass.setPipeline(this.pipeline.pipeline);
    pass.setBindGroup(0, this.bindGroup(source));
    pass.draw(3);
    pass.end();
  }

  destroy(): void {
    this.uniforms.destroy();
  }

  private bindGroup(source: GPUBuffer): GPUBindGroup {
    let group = this.bindGroups.get(source);
    if (!group) {
      group = this.device.createBindGroup({
        layout: this.pipeline.layout,
        entries: [
          { binding: 0, resource: { buffer: this.uniforms } },
          { binding: 1, resource: { buffer: source } },
        ],
      });
      this.bindGroups.set(source, group);
    }
    return group;
  }
}
