// magnitude: complex [C, 2, H, W] (plane 2c real, 2c + 1 imaginary) to [C, H, W], out = |z|.
// Indexing: one invocation per output entry k = c HW + p, reading a[2c HW + p] and
// a[(2c + 1) HW + p]; 2-D grid of 64-wide workgroups. No tiling: a streaming kernel.

struct Params {
  hw: u32,
  total: u32,
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
  let c = index / params.hw;
  let re = 2u * c * params.hw + index % params.hw;
  let x = a[re];
  let y = a[re + params.hw];
  out[index] = sqrt(x * x + y * y);
}
