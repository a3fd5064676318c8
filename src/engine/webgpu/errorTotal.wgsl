// errorTotal, stage 2 of errorNorms: one workgroup of 256 reduces the params.groups partial
// triples (max |a - b|, sum (a - b)^2, sum b^2) of errorPartials.wgsl into total[0 .. 2], the
// only numbers read back. Indexing: invocation li takes triples li, li + 256, ...; then a tree
// reduction in workgroup memory.

struct Params {
  groups: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> partials: array<f32>;
@group(0) @binding(2) var<storage, read_write> total: array<f32>;

const SIZE: u32 = 256u;
var<workgroup> maxAbs: array<f32, SIZE>;
var<workgroup> diff2: array<f32, SIZE>;
var<workgroup> ref2: array<f32, SIZE>;

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) li: u32) {
  var m = 0.0;
  var d2 = 0.0;
  var r2 = 0.0;
  for (var w = li; w < params.groups; w += SIZE) {
    m = max(m, partials[3u * w]);
    d2 += partials[3u * w + 1u];
    r2 += partials[3u * w + 2u];
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
    total[0] = maxAbs[0];
    total[1] = diff2[0];
    total[2] = ref2[0];
  }
}
