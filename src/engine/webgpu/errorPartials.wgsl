// errorPartials, stage 1 of errorNorms: for candidate a and reference b (same size n), workgroup
// w writes partials[3w .. 3w+2] = (max |a - b|, sum (a - b)^2, sum b^2) over its share.
// Indexing: invocation k of the whole grid (params.groups workgroups of 256, in x) visits entries
// k, k + 256 groups, ... (a grid-stride loop: coalesced reads, any n); then a tree reduction in
// workgroup memory. Stage 2 (errorTotal.wgsl) reduces the partials of all workgroups.

struct Params {
  n: u32,
  groups: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> partials: array<f32>;

const SIZE: u32 = 256u;
var<workgroup> maxAbs: array<f32, SIZE>;
var<workgroup> diff2: array<f32, SIZE>;
var<workgroup> ref2: array<f32, SIZE>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) li: u32) {
  var m = 0.0;
  var d2 = 0.0;
  var r2 = 0.0;
  for (var k = wg.x * SIZE + li; k < params.n; k += params.groups * SIZE) {
    let d = a[k] - b[k];
    m = max(m, abs(d));
    d2 += d * d;
    r2 += b[k] * b[k];
  }
  maxAbs[li] = m;
  diff2[li] = d2;
  ref2[li] = r2;
  for (var stride = SIZE / 2u; stride > 0u; stride /= 2u) {
    workgroupBarrier();
    if (li < stride) {
      maxAbs[li] = max(maxAbs[li], maxAbs[li + stride]);
      diff2[li] += diff2[li + stride];
      ref2[li] += ref2[li + stride];
    }
  }
  if (li == 0u) {
    partials[3u * wg.x] = maxAbs[0];
    partials[3u * wg.x + 1u] = diff2[0];
    partials[3u * wg.x + 2u] = ref2[0];
  }
}
