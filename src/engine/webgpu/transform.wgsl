// transform: the left-regular action (L_g f)(h, x) = f(g^-1 h, g^-1 x) on stacks of planes, and
// the filter-bank transform (seeds' efficient route: every transformed copy of the filters).
// Layout: src is viewed as [A, B, P, H, W] and dst as [A, G, B, P, H, W], both row-major float32.
//   transform:  A = planes / P, G = 1, B = 1;   filterBank: A = O, B = C (filter [O, C, P, K, K]).
// Indexing: one invocation per dst entry, linear index over dst; the grid is 2-D (x of 64-wide
//   workgroups, then rows of them) so large maps stay under the per-dimension dispatch limit.
// Element table (array<u32> in the parameter arena, from word params.table): element g has words
//   6g .. 6g+5 = (cos, sin, flip, tx, ty, scale) as f32 bits, flip = -1 for S^1 and 1 for S^0,
//   (tx, ty) the shift in pixels, scale the dilation factor λ > 0 (1: none); when params.permuted = 1, the G x P plane permutations follow
//   from word 6G: dst plane p of element g reads src plane perm[g][p].
// Sampling (backend.ts): dst pixel (i, j) sits at p = (j - cx, cy - i); the source point is
//   q = S^reflect R_-angle (p - t) / λ, read at col = q.x + cx, row = cy - q.y, zero outside the plane.
// No tiling: each output reads at most 16 texels, and neighbouring outputs share cache lines.

struct Params {
  h: u32,
  w: u32,
  p: u32,
  b: u32,
  g: u32,
  total: u32,
  mode: u32, // 0 nearest, 1 bilinear, 2 bicubic
  mask: u32, // 1: zero outside the disk x^2 + y^2 <= radius2
  permuted: u32,
  table: u32,
  cx: f32,
  cy: f32,
  radius2: f32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> table: array<u32>;
@group(0) @binding(2) var<storage, read> src: array<f32>;
@group(0) @binding(3) var<storage, read_write> dst: array<f32>;

// Texel (row, col) of the plane starting at `base`, 0 off the plane (zero padding).
fn texel(base: u32, row: i32, col: i32) -> f32 {
  if (row < 0 || col < 0 || row >= i32(params.h) || col >= i32(params.w)) {
    return 0.0;
  }
  return src[base + u32(row) * params.w + u32(col)];
}

// Keys cubic convolution kernel, a = -0.5 (Keys 1981), at distance t >= 0.
fn keys(t: f32) -> f32 {
  let a = -0.5;
  if (t <= 1.0) {
    return ((a + 2.0) * t - (a + 3.0)) * t * t + 1.0;
  }
  if (t < 2.0) {
    return a * (((t - 5.0) * t + 8.0) * t - 4.0);
  }
  return 0.0;
}

fn bilinear(base: u32, row: f32, col: f32) -> f32 {
  let r0 = floor(row);
  let c0 = floor(col);
  let fy = row - r0;
  let fx = col - c0;
  let r = i32(r0);
  let c = i32(c0);
  let top = (1.0 - fx) * texel(base, r, c) + fx * texel(base, r, c + 1);
  let bottom = (1.0 - fx) * texel(base, r + 1, c) + fx * texel(base, r + 1, c + 1);
  return (1.0 - fy) * top + fy * bottom;
}

fn bicubic(base: u32, row: f32, col: f32) -> f32 {
  let r0 = floor(row);
  let c0 = floor(col);
  let fy = row - r0;
  let fx = col - c0;
  let wy = array<f32, 4>(keys(1.0 + fy), keys(fy), keys(1.0 - fy), keys(2.0 - fy));
  let wx = array<f32, 4>(keys(1.0 + fx), keys(fx), keys(1.0 - fx), keys(2.0 - fx));
  var sum = 0.0;
  for (var m = 0; m < 4; m++) {
    var line = 0.0;
    for (var n = 0; n < 4; n++) {
      line += wx[n] * texel(base, i32(r0) + m - 1, i32(c0) + n - 1);
    }
    sum += wy[m] * line;
  }
  return sum;
}

fn sample(base: u32, row: f32, col: f32) -> f32 {
  if (params.mode == 0u) {
    return texel(base, i32(floor(row + 0.5)), i32(floor(col + 0.5)));
  }
  if (params.mode == 1u) {
    return bilinear(base, row, col);
  }
  return bicubic(base, row, col);
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let index = gid.y * groups.x * 64u + gid.x;
  if (index >= params.total) {
    return;
  }
  let j = index % params.w;
  var rest = index / params.w;
  let i = rest % params.h;
  rest /= params.h;
  let p = rest % params.p;
  rest /= params.p;
  let b = rest % params.b;
  rest /= params.b;
  let g = rest % params.g;
  let a = rest / params.g;

  let px = f32(j) - params.cx;
  let py = params.cy - f32(i);
  if (params.mask == 1u && px * px + py * py > params.radius2) {
    dst[index] = 0.0;
    return;
  }
  let e = params.table + 6u * g;
  let c = bitcast<f32>(table[e]);
  let s = bitcast<f32>(table[e + 1u]);
  let flip = bitcast<f32>(table[e + 2u]);
  // q = S^reflect R_-angle (p - t) / λ
  let scale = bitcast<f32>(table[e + 5u]);
  let x = (px - bitcast<f32>(table[e + 3u])) / scale;
  let y = (py - bitcast<f32>(table[e + 4u])) / scale;
  let qx = c * x + s * y;
  let qy = flip * (c * y - s * x);

  var plane = p;
  if (params.permuted == 1u) {
    plane = table[params.table + 6u * params.g + g * params.p + p];
  }
  let base = ((a * params.b + b) * params.p + plane) * params.h * params.w;
  dst[index] = sample(base, params.cy - qy, qx + params.cx);
}
