// magnitudeRelu: the norm nonlinearity of harmonic networks on complex [C, 2, H, W] maps,
// out = ReLU(|z| + bias[c]) z / |z| (0 where |z| = 0): the phase, which carries the rotation
// order, is kept. Indexing: one invocation per complex entry k = c HW + p, reading and writing
// planes 2c and 2c + 1 at p; 2-D grid of 64-wide workgroups. No tiling: a streaming kernel.

struct Params {
  hw: u32,
  total: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

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
  let magnitude = sqrt(x * x + y * y);
  var scale = 0.0;
  if (magnitude > 0.0) {
    scale = max(magnitude + bias[c], 0.0) / magnitude;
  }
  out[re] = x * scale;
  out[re + params.hw] = y * scale;
}
