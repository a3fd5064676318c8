// maskDisk: dst = src inside the centred disk x^2 + y^2 <= R^2 (R = min(H, W) / 2), 0 outside,
// for every H x W plane of a stack. Pixel (i, j) sits at (j - cx, cy - i) as in backend.ts.
// Indexing: one invocation per entry, linear over the stack; 2-D grid of 64-wide workgroups.
// No tiling: one read and one write per entry.

struct Params {
  h: u32,
  w: u32,
  total: u32,
  cx: f32,
  cy: f32,
  radius2: f32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> src: array<f32>;
@group(0) @binding(2) var<storage, read_write> dst: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let index = gid.y * groups.x * 64u + gid.x;
  if (index >= params.total) {
    return;
  }
  let j = index % params.w;
  let i = (index / params.w) % params.h;
  let x = f32(j) - params.cx;
  let y = params.cy - f32(i);
  dst[index] = select(0.0, src[index], x * x + y * y <= params.radius2);
}
