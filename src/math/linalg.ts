// Small dense linear algebra in float64 for representation matrices (sizes up to ~50).
// Matrices are arrays of rows: readable in tests and easy to hand to heatmap widgets.

export type Matrix = number[][];
export type Vector = number[];

export function zeros(rows: number, cols: number = rows): Matrix {
  return Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
}

export function identity(n: number): Matrix {
  const m = zeros(n);
  for (let i = 0; i < n; i++) m[i][i] = 1;
  return m;
}

export function matmul(a: Matrix, b: Matrix): Matrix {
  const n = a.length;
  const k = b.length;
  const m = b[0]?.length ?? 0;
  if ((a[0]?.length ?? 0) !== k) throw new Error(`matmul: ${n}x${a[0]?.length} times ${k}x${m}`);
  const out = zeros(n, m);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const aip = a[i][p];
      if (aip === 0) continue;
      const row = b[p];
      for (let j = 0; j < m; j++) out[i][j] += aip * row[j];
    }
  }
  return out;
}

export function matvec(a: Matrix, v: Vector): Vector {
  return a.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
}

export function transpose(a: Matrix): Matrix {
  const rows = a.length;
  const cols = a[0]?.length ?? 0;
  const out = zeros(cols, rows);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j][i] = a[i][j];
  return out;
}

export function add(a: Matrix, b: Matrix): Matrix {
  return a.map((row, i) => row.map((x, j) => x + b[i][j]));
}

export function sub(a: Matrix, b: Matrix): Matrix {
  return a.map((row, i) => row.map((x, j) => x - b[i][j]));
}

export function scale(a: Matrix, s: number): Matrix {
  return a.map((row) => row.map((x) => x * s));
}

export function trace(a: Matrix): number {
  return a.reduce((s, row, i) => s + row[i], 0);
}

/** max_ij |a_ij - b_ij|: the error measure used throughout the tests. */
export function maxAbsDiff(a: Matrix, b: Matrix): number {
  let m = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < a[i].length; j++) m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
  return m;
}

export function frobeniusNorm(a: Matrix): number {
  return Math.sqrt(a.reduce((s, row) => s + row.reduce((t, x) => t + x * x, 0), 0));
}

/** Kronecker product a ⊗ b (the matrix of the tensor product of representations). */
export function kron(a: Matrix, b: Matrix): Matrix {
  const ra = a.length,
    ca = a[0].length,
    rb = b.length,
    cb = b[0].length;
  const out = zeros(ra * rb, ca * cb);
  for (let i = 0; i < ra; i++)
    for (let j = 0; j < ca; j++)
      for (let k = 0; k < rb; k++)
        for (let l = 0; l < cb; l++) out[i * rb + k][j * cb + l] = a[i][j] * b[k][l];
  return out;
}

/** Block-diagonal matrix diag(blocks...) (the matrix of a direct sum of representations). */
export function directSum(blocks: readonly Matrix[]): Matrix {
  const n = blocks.reduce((s, b) => s + b.length, 0);
  const out = zeros(n);
  let o = 0;
  for (const b of blocks) {
    for (let i = 0; i < b.length; i++) for (let j = 0; j < b.length; j++) out[o + i][o + j] = b[i][j];
    o += b.length;
  }
  return out;
}

/** Inverse by Gauss-Jordan elimination with partial pivoting; throws on a singular matrix. */
export function inverse(a: Matrix): Matrix {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...identity(n)[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (Math.abs(m[p][c]) < 1e-14) throw new Error('inverse: matrix is singular');
    [m[c], m[p]] = [m[p], m[c]];
    const piv = m[c][c];
    for (let j = 0; j < 2 * n; j++) m[c][j] /= piv;
    for (let r = 0; r < n; r++) {
      if (r === c || m[r][c] === 0) continue;
      const f = m[r][c];
      for (let j = 0; j < 2 * n; j++) m[r][j] -= f * m[c][j];
    }
  }
  return m.map((row) => row.slice(n));
}

/** 2x2 rotation matrix by angle t (counter-clockwise). */
export function rotation2(t: number): Matrix {
  const c = Math.cos(t),
    s = Math.sin(t);
  return [
    [c, -s],
    [s, c],
  ];
}

// ---- complex matrices: a pair of real matrices (real part, imaginary part) of the same shape ----

export interface ComplexMatrix {
  re: Matrix;
  im: Matrix;
}

export function complexFromReal(re: Matrix): ComplexMatrix {
  return { re, im: zeros(re.length, re[0]?.length ?? 0) };
}

/** (A + iB)(C + iD) = (AC - BD) + i(AD + BC). */
export function complexMatmul(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return { re: sub(matmul(a.re, b.re), matmul(a.im, b.im)), im: add(matmul(a.re, b.im), matmul(a.im, b.re)) };
}

export function complexAdd(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return { re: add(a.re, b.re), im: add(a.im, b.im) };
}

/** Conjugate transpose A^* = (re^T, -im^T). */
export function conjugateTranspose(a: ComplexMatrix): ComplexMatrix {
  return { re: transpose(a.re), im: scale(transpose(a.im), -1) };
}

/** max over entries of |a - b| (complex modulus). */
export function complexMaxAbsDiff(a: ComplexMatrix, b: ComplexMatrix): number {
  let m = 0;
  for (let i = 0; i < a.re.length; i++)
    for (let j = 0; j < a.re[i].length; j++)
      m = Math.max(m, Math.hypot(a.re[i][j] - b.re[i][j], a.im[i][j] - b.im[i][j]));
  return m;
}
