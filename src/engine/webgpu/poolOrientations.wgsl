// poolOrientations: a [C, P, H, W] -> out [C, H, W], max or mean over the P orientation planes
// (pooling over the rotation subgroup leaves a map that transforms like an image).
// Indexing: one invocation per output entry k = c HW + p, reading a[(c P + q) HW + p] for each q;
// 2-D grid of 64-wide workgroups. No tiling: neighbouring invocations read neighbouring entries.

struct Params {
  hw: u32,
  p: u32,
  total: u32,
  mean: u32, // 1: mean, 0: max
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let index = gid.y * groups.x * 64u + gid.x;
  if (index >= params.total) {
    return;
  }
  let base = (index / params.hw) * params.p * params.hw + index % params.hw;
  var best = a[base];
  var sum = best;
  for (var q = 1u; q < params.p; q++) {
    let v = a[base + q * params.hw];
    best = max(best, v);
    sum += v;
  }
  out[index] = select(best, sum / f32(params.p), params.mean == 1u);
}
