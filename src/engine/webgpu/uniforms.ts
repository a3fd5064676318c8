// Kernel parameters: each .wgsl file declares its `struct Params` once; the host reflects that
// declaration into a layout and writes values by field name, so no offset is computed by hand.
// Only 4-byte scalars (u32, i32, f32) are used, which WGSL packs at offsets 4 * index in
// declaration order; the struct is padded to 16 bytes, the uniform binding granule.

export type ScalarType = 'u32' | 'i32' | 'f32';

export interface ParamsLayout {
  readonly fields: readonly { readonly name: string; readonly type: ScalarType }[];
  /** Byte size of the struct, a multiple of 16. */
  readonly size: number;
}

export type ParamValues = Readonly<Record<string, number>>;

const STRUCT = /struct\s+Params\s*\{([^}]*)\}/;
const FIELD = /^\s*(\w+)\s*:\s*(\w+)\s*$/;

/** Reflects `struct Params { name: type, ... }` from WGSL source (scalar fields only). */
export function reflectParams(wgsl: string): ParamsLayout {
  const body = STRUCT.exec(wgsl)?.[1];
  if (body === undefined) throw new Error('kernel source declares no struct Params');
  const fields = body
    .replace(/\/\/[^\n]*/g, '')
    .split(',')
    .filter((f) => f.trim().length > 0)
    .map((f) => {
      const m = FIELD.exec(f);
      if (!m || !['u32', 'i32', 'f32'].includes(m[2]))
        throw new Error(`Params field not a scalar: '${f.trim()}'`);
      return { name: m[1], type: m[2] as ScalarType };
    });
  return { fields, size: Math.max(16, Math.ceil((fields.length * 4) / 16) * 16) };
}

/** Writes one Params struct at byteOffset of `view`; every field must be given, and nothing else. */
export function writeParams(
  layout: ParamsLayout,
  view: DataView,
  byteOffset: number,
  values: ParamValues,
): void {
  let given = 0;
  for (const key in values) if (Object.prototype.hasOwnProperty.call(values, key)) given++;
  if (given !== layout.fields.length)
    throw new Error(
      `Params: expected fields ${layout.fields.map((f) => f.name).join(', ')}; got ${Object.keys(values).join(', ')}`,
    );
  layout.fields.forEach(({ name, type }, i) => {
    const v = values[name];
    if (v === undefined) throw new Error(`Params: missing field '${name}'`);
    const at = byteOffset + 4 * i;
    if (type === 'f32') view.setFloat32(at, v, true);
    else if (type === 'u32') view.setUint32(at, v, true);
    else view.setInt32(at, v, true);
  });
}
