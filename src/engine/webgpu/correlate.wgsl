// correlate: planar correlation, same size, zero padding (backend.ts):
//   out[o](x) = bias[o] + sum_c sum_d in[c](x + d) w[o, c](d),  d = (dy, dx) in [-r, r]^2, r = (K-1)/2,
// with w[o, c] read at (dy + r, dx + r). input [Cin, H, W], weights [Cout, Cin, K, K], out [Cout, H, W].
// Tiling: a workgroup of 8 x 8 invocations computes a 16 x 16 output tile for 8 output channels.
//   Invocation (ly, lx) owns the 4 pixels (ly + 8m, lx + 8n), m, n in {0, 1}, and for each keeps
//   two vec4 accumulators (channels o0 .. o0+3 and o0+4 .. o0+7): 32 multiply-adds per 4 scalar
//   and 2 vec4 reads of workgroup memory. The input channels are staged CHUNK at a time: the
//   (16 + K - 1)^2 tile with its halo per channel (zero outside the map, which is the padding)
//   and the K x K taps of the 8 output channels as vec4 pairs, between two barriers.
// K and CHUNK are pipeline constants (the host picks CHUNK to fit workgroup memory and Cin), so
// the tap loops have constant bounds. Channels past Cin or Cout are staged as zeros.

struct Params {
  h: u32,
  w: u32,
  cin: u32,
  cout: u32,
  has_bias: u32,
}

override K: u32 = 3u;
override CHUNK: u32 = 4u;
const TILE: u32 = 16u;
const LANES: u32 = 8u;
override HALO: u32 = TILE + K - 1u;
override TILE_FLOATS: u32 = CHUNK * HALO * HALO;
override TAP_PAIRS: u32 = 2u * CHUNK * K * K;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> input: array<f32>;
@group(0) @binding(2) var<storage, read> weights: array<f32>;
@group(0) @binding(3) var<storage, read> bias: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

var<workgroup> tile: array<f32, TILE_FLOATS>;
var<workgroup> taps: array<vec4f, TAP_PAIRS>;

// Input channels c0 .. c0+CHUNK-1 over the tile and its halo, from (row0, col0) = tile corner - r.
fn stageInput(c0: u32, row0: i32, col0: i32, li: u32) {
  for (var e = li; e < TILE_FLOATS; e += 64u) {
    let c = c0 + e / (HALO * HALO);
    let row = row0 + i32((e / HALO) % HALO);
    let col = col0 + i32(e % HALO);
    var v = 0.0;
    if (c < params.cin && row >= 0 && col >= 0 && row < i32(params.h) && col < i32(params.w)) {
      v = input[(c * params.h + u32(row)) * params.w + u32(col)];
    }
    tile[e] = v;
  }
}

// Taps w[o0 + lane, c0 + c, dy, dx] as taps[2 ((c K + dy) K + dx) + lane / 4][lane % 4].
fn stageWeights(c0: u32, o0: u32, li: u32) {
  for (var e = li; e < TAP_PAIRS; e += 64u) {
    let part = e % 2u;
    let tap = e / 2u;
    let c = c0 + tap / (K * K);
    var v = vec4f(0.0);
    for (var lane = 0u; lane < 4u; lane++) {
      let o = o0 + 4u * part + lane;
      if (c < params.cin && o < params.cout) {
        v[lane] = weights[(o * params.cin + c) * K * K + tap % (K * K)];
      }
    }
    taps[e] = v;
  }
}

fn store(row: u32, col: u32, o0: u32, lo: vec4f, hi: vec4f) {
  if (row >= params.h || col >= params.w) {
    return;
  }
  for (var lane = 0u; lane < LANES; lane++) {
    let o = o0 + lane;
    if (o < params.cout) {
      var v = select(hi, lo, lane < 4u)[lane % 4u];
      if (params.has_bias == 1u) {
        v += bias[o];
      }
      out[(o * params.h + row) * params.w + col] = v;
    }
  }
}

@compute @workgroup_size(8, 8)
fn main(
  @builtin(workgroup_id) wg: vec3u,
  @builtin(local_invocation_id) lid: vec3u,
  @builtin(local_invocation_index) li: u32,
) {
  let r = i32(K / 2u);
  let row0 = wg.y * TILE;
  let col0 = wg.x * TILE;
  let o0 = wg.z * LANES;
  // acc[2q + part]: pixel q = 2m + n, output channels o0 + 4 part .. o0 + 4 part + 3.
  var acc: array<vec4f, 8>;
  for (var c0 = 0u; c0 < params.cin; c0 += CHUNK) {
    stageInput(c0, i32(row0) - r, i32(col0) - r, li);
    stageWeights(c0, o0, li);
    workgroupBarrier();
    for (var c = 0u; c < CHUNK; c++) {
      for (var dy = 0u; dy < K; dy++) {
        let rowStart = (c * HALO + lid.y + dy) * HALO + lid.x;
        for (var dx = 0u; dx < K; dx++) {
          let t = 2u * ((c * K + dy) * K + dx);
          let lo = taps[t];
          let hi = taps[t + 1u];
          let at = rowStart + dx;
          let v0 = tile[at];
          let v1 = tile[at + 8u];
          let v2 = tile[at + 8u * HALO];
          let v3 = tile[at + 8u * HALO + 8u];
          acc[0] += v0 * lo;
          acc[1] += v0 * hi;
          acc[2] += v1 * lo;
          acc[3] += v1 * hi;
          acc[4] += v2 * lo;
          acc[5] += v2 * hi;
          acc[6] += v3 * lo;
          acc[7] += v3 * hi;
        }
      }
    }
    workgroupBarrier();
  }
  store(row0 + lid.y, col0 + lid.x, o0, acc[0], acc[1]);
  store(row0 + lid.y, col0 + lid.x + 8u, o0, acc[2], acc[3]);
  store(row0 + lid.y + 8u, col0 + lid.x, o0, acc[4], acc[5]);
  store(row0 + lid.y + 8u, col0 + lid.x + 8u, o0, acc[6], acc[7]);
}
