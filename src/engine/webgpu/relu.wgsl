// relu: out = max(a, 0) entrywise (a pointwise nonlinearity commutes with the regular action).
// Indexing: one invocation per entry, linear, 2-D grid of 64-wide workgroups. No tiling: a
// streaming kernel.

struct Params {
  total: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let index = gid.y * groups.x * 64u + gid.x;
  if (index < params.total) {
    let v = a[index];
    out[index] = select(0.0, v, v > 0.0);
  }
}
