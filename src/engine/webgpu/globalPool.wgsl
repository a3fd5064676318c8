// globalPool: a [C, n] -> out [C], max or mean over the n entries of each channel.
// Indexing: workgroup c (x, then rows of 65535 workgroups in y) reduces channel c. Its 256
// invocations stride over the channel (coalesced reads), then a tree reduction in workgroup
// memory halves the partial results 8 times; invocation 0 writes the channel's value.

struct Params {
  n: u32,
  channels: u32,
  mean: u32, // 1: mean, 0: max
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

const SIZE: u32 = 256u;
var<workgroup> best: array<f32, SIZE>;
var<workgroup> sum: array<f32, SIZE>;

@compute @workgroup_size(256)
fn main(
  @builtin(workgroup_id) wg: vec3u,
  @builtin(num_workgroups) groups: vec3u,
  @builtin(local_invocation_index) li: u32,
) {
  let c = wg.y * groups.x + wg.x;
  let valid = c < params.channels;
  let base = c * params.n;
  // Every lane starts from the channel's first entry, a neutral start for the max.
  var m = select(0.0, a[base], valid);
  var s = 0.0;
  for (var k = li; valid && k < params.n; k += SIZE) {
    let v = a[base + k];
    m = max(m, v);
    s += v;
  }
  best[li] = m;
  sum[li] = s;
  for (var stride = SIZE / 2u; stride > 0u; stride /= 2u) {
    workgroupBarrier();
    if (li < stride) {
      best[li] = max(best[li], best[li + stride]);
      sum[li] += sum[li + stride];
    }
  }
  if (li == 0u && valid) {
    out[c] = select(best[0], sum[0] / f32(params.n), params.mean == 1u);
  }
}
