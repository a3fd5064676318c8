// Records the backend's work in order into one command encoder: dispatches go into an open
// compute pass, copies and clears end it. flush() uploads the parameter arena and submits.
// After the device is lost every call is a no-op (the backend must not throw from a frame loop).

import { ParamArena } from './arena';
import type { Kernel } from './kernels';
import type { ParamValues } from './uniforms';

/** Workgroup counts [x, y, z] of a dispatch. */
export type Groups = readonly [number, number, number];

const MAX_BIND_GROUPS = 4096;

/** A trie over (kernel, buffer, buffer, ...): a steady frame finds its bind groups allocating nothing. */
interface BindNode {
  group?: GPUBindGroup;
  readonly next: Map<Kernel | GPUBuffer, BindNode>;
}

export class Recorder {
  /** Why recording stopped for good (device lost, backend destroyed); null while it runs. */
  lost: string | null = null;
  private encoder: GPUCommandEncoder | null = null;
  private pass: GPUComputePassEncoder | null = null;
  private readonly arena: ParamArena;
  private bindGroups: BindNode = { next: new Map() };
  private bindGroupCount = 0;
  private arenaGeneration = 0;

  constructor(
    readonly device: GPUDevice,
    label: string,
  ) {
    this.arena = new ParamArena(device, label);
    device.lost.then((info) => {
      this.lost = `device lost (${info.reason}): ${info.message}`;
    });
  }

  /** Records one dispatch; `table` words go to the arena and their offset into values.table. */
  dispatch(
    kernel: Kernel,
    values: ParamValues,
    buffers: readonly GPUBuffer[],
    groups: Groups,
    table?: Uint32Array,
  ) {
    if (this.lost) return;
    const need = this.arena.slot(kernel.params.size) + (table ? this.arena.slot(table.byteLength) : 0);
    if (!this.arena.fits(need)) {
      this.flush();
      if (!this.arena.fits(need)) this.arena.grow(need);
    }
    const params = table ? { ...values, table: this.arena.pushTable(table) } : values;
    const offset = this.arena.pushParams(kernel.params, params);
    const pass = this.computePass();
    pass.setPipeline(kernel.pipeline);
    pass.setBindGroup(0, this.bindGroup(kernel, buffers), [offset]);
    pass.dispatchWorkgroups(groups[0], groups[1], groups[2]);
  }

  /** The encoder with no pass open, for copies and clears recorded in order with dispatches. */
  commands(): GPUCommandEncoder {
    this.pass?.end();
    this.pass = null;
    this.encoder ??= this.device.createCommandEncoder();
    return this.encoder;
  }

  flush(): void {
    if (!this.encoder) return;
    const encoder = this.commands();
    this.encoder = null;
    if (this.lost) return;
    this.arena.upload(this.device.queue);
    this.device.queue.submit([encoder.finish()]);
    this.arena.reset();
  }

  /** Ends recording for good: later calls behave as after a device loss. */
  destroy(): void {
    this.lost ??= 'backend destroyed';
    this.pass?.end();
    this.pass = null;
    this.encoder = null;
    this.bindGroups = { next: new Map() };
    this.arena.destroy();
  }

  private computePass(): GPUComputePassEncoder {
    if (!this.pass) this.pass = this.commands().beginComputePass();
    return this.pass;
  }

  // Bind groups are found by kernel and buffers (pooled buffers keep their identity), so steady
  // frame loops reuse them; a new arena buffer (binding 0 and tables name it) drops them all.
  private bindGroup(kernel: Kernel, buffers: readonly GPUBuffer[]): GPUBindGroup {
    if (this.arenaGeneration !== this.arena.generation || this.bindGroupCount >= MAX_BIND_GROUPS) {
      this.bindGroups = { next: new Map() };
      this.bindGroupCount = 0;
      this.arenaGeneration = this.arena.generation;
    }
    let node = this.child(this.bindGroups, kernel);
    for (const b of buffers) node = this.child(node, b);
    if (node.group) return node.group;
    node.group = this.device.createBindGroup({
      label: kernel.key,
      layout: kernel.layout,
      entries: this.entries(kernel, buffers),
    });
    this.bindGroupCount++;
    return node.group;
  }

  private child(node: BindNode, key: Kernel | GPUBuffer): BindNode {
    let next = node.next.get(key);
    if (!next) node.next.set(key, (next = { next: new Map() }));
    return next;
  }

  private entries(kernel: Kernel, buffers: readonly GPUBuffer[]): GPUBindGroupEntry[] {
    const kinds = kernel.spec.bindings;
    if (buffers.length !== kinds.filter((k) => k !== 'table').length)
      throw new Error(`${kernel.spec.name}: ${buffers.length} buffers for bindings ${kinds.join(', ')}`);
    const entries: GPUBindGroupEntry[] = [
      { binding: 0, resource: { buffer: this.arena.buffer, size: kernel.params.size } },
    ];
    let next = 0;
    kinds.forEach((kind, i) => {
      const buffer = kind === 'table' ? this.arena.buffer : buffers[next++];
      entries.push({ binding: i + 1, resource: { buffer } });
    });
    return entries;
  }
}
