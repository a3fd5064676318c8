// map: draws one H x W plane of a tensor (or one complex channel) straight from its storage
// buffer into a render target, with nearest-neighbour scaling and a colour scale.
// Indexing: the target pixel (x, y) of a width x height target shows map pixel
//   col = floor((2x + 1) W / (2 width)), row = floor((2y + 1) H / (2 height))  (integer division,
// so the CPU renderer picks exactly the same pixel); its value sits at values[params.re + row W + col]
// and, for complex maps, the imaginary part at values[params.im + row W + col].
// A single full-screen triangle covers the target; there is no tiling, one fetch per pixel.
// The functions sequential(), diverging() and phase() are generated from colormaps.ts and appended.

struct Params {
  h: u32,
  w: u32,
  width: u32,
  height: u32,
  re: u32,
  im: u32,
  mode: u32, // 0 sequential, 1 diverging, 2 phase
  range: f32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> values: array<f32>;

const TAU: f32 = 6.283185307179586;

@vertex
fn vs(@builtin(vertex_index) v: u32) -> @builtin(position) vec4f {
  // (-1, -1), (3, -1), (-1, 3): one triangle over the whole clip square.
  let corner = vec2f(f32((v << 1u) & 2u), f32(v & 2u));
  return vec4f(corner * 2.0 - 1.0, 0.0, 1.0);
}

// The colour of a value: shade() in shade.ts is its CPU twin.
fn shade(re: f32, im: f32) -> vec3f {
  if (params.mode == 0u) {
    return sequential(re / params.range);
  }
  if (params.mode == 1u) {
    return diverging(0.5 + 0.5 * re / params.range);
  }
  let brightness = clamp(sqrt(re * re + im * im) / params.range, 0.0, 1.0);
  return phase(atan2(im, re) / TAU) * brightness;
}

@fragment
fn fs(@builtin(position) position: vec4f) -> @location(0) vec4f {
  let x = u32(position.x);
  let y = u32(position.y);
  let col = min((2u * x + 1u) * params.w / (2u * params.width), params.w - 1u);
  let row = min((2u * y + 1u) * params.h / (2u * params.height), params.h - 1u);
  let k = row * params.w + col;
  var im = 0.0;
  if (params.mode == 2u) {
    im = values[params.im + k];
  }
  return vec4f(shade(values[params.re + k], im), 1.0);
}
