// combine: out = a + sign * b entrywise, sign = 1 for add and -1 for subtract (a + (-1) b rounds
// exactly like a - b, since negation is exact). Indexing: one invocation per entry, linear, 2-D
// grid of 64-wide workgroups. No tiling: a streaming kernel.

struct Params {
  total: u32,
  sign: f32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let index = gid.y * groups.x * 64u + gid.x;
  if (index < params.total) {
    out[index] = a[index] + params.sign * b[index];
  }
}
