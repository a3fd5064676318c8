// The course's notation: one entry per symbol, one meaning per entry. Each lesson's notation table
// lists the entries it uses, so a symbol cannot mean one thing in one lesson and another elsewhere.
// Meanings may hold inline TeX between $…$.

export interface NotationEntry {
  /** TeX of the symbol as the lessons write it. */
  readonly tex: string;
  readonly meaning: string;
}

export const GLOSSARY = {
  G: { tex: 'G', meaning: 'a group; $|G|$ is its number of elements' },
  g: { tex: 'g, h, u', meaning: 'group elements; $gh$ means: first $h$, then $g$' },
  a: { tex: 'a, b, c', meaning: 'group elements in sums over a finite group (the Fourier transform)' },
  e: { tex: 'e', meaning: 'the identity element' },
  H: { tex: 'H', meaning: 'a subgroup, usually the stabilizer of the origin; $gH$ is a coset' },
  r: { tex: 'r', meaning: 'the rotation by $2\\pi/N$ counter-clockwise, generator of $C_N$ and $D_N$' },
  s: {
    tex: 's',
    meaning: 'the mirror across the horizontal axis in $D_N$ and $p4m$ (never a scale or a rotation)',
  },
  CN: {
    tex: 'C_N,\\ D_N',
    meaning: 'the $N$ rotations about the origin; the same with mirrors ($2N$ elements)',
  },
  p4: { tex: 'p4,\\ p4m', meaning: 'integer shifts with quarter turns; with quarter turns and mirrors' },
  SE2: {
    tex: 'SE(2)',
    meaning: 'rotations and translations of the plane, elements $(\\mathbf{x}, R_\\theta)$',
  },
  lambda: { tex: '\\lambda', meaning: 'a scale factor $\\lambda > 0$ of the scale-translation group' },
  R: { tex: 'R_\\theta', meaning: 'the $2 \\times 2$ matrix of the rotation by the angle $\\theta$' },
  theta: { tex: '\\theta', meaning: 'a rotation angle' },
  x: {
    tex: '\\mathbf{x}, \\mathbf{y}, \\mathbf{t}',
    meaning: 'points or shifts of the plane (pixel positions on the grid)',
  },
  act: { tex: 'g \\odot x', meaning: 'the action of $g$ on a point $x$ of a space $X$' },
  XY: { tex: 'X, Y', meaning: 'the spaces a layer maps between (the plane, a group, a quotient $G/H$)' },
  f: { tex: 'f', meaning: 'the input signal or feature map of a layer, $f_k$ its channel $k$' },
  F: { tex: 'F', meaning: 'a feature map on the group, $F : G \\to \\mathbb{R}$ (a lifted map)' },
  L: { tex: 'L_g', meaning: 'the left-regular representation: $(L_g f)(x) = f(g^{-1}x)$' },
  LXY: { tex: 'L^X_g,\\ L^Y_g', meaning: "how $g$ acts on a layer's inputs and on its outputs" },
  Phi: { tex: '\\Phi', meaning: 'a layer or a whole network' },
  psi: {
    tex: '\\psi',
    meaning: 'a filter (kernel) of a lifting or group correlation; never a representation',
  },
  star: { tex: 'f \\star \\psi', meaning: 'correlation, always with the input first and the filter second' },
  conv: { tex: 'f * g', meaning: 'convolution of two functions on a group' },
  rho: {
    tex: '\\rho',
    meaning: 'a representation; irreps are $\\rho_m$ ($C_N$, $SO(2)$) or $\\rho_{j,m}$ ($D_N$)',
  },
  rhoReg: { tex: '\\rho_{\\mathrm{reg}}', meaning: 'the regular representation (permutation matrices)' },
  Q: {
    tex: '\\mathbf{Q}',
    meaning:
      'a change of basis; its columns are the new basis vectors, $\\mathbf{Q}^{-1}\\mathbf{D}(g)\\mathbf{Q}$',
  },
  chi: { tex: '\\chi', meaning: 'a character, $\\chi(g) = \\operatorname{Tr}\\rho(g)$' },
  hat: { tex: '\\widehat{f}(\\rho)', meaning: 'the group Fourier transform $\\sum_a f(a)\\rho(a)$' },
  kernel: {
    tex: 'k,\\ \\kappa',
    meaning: 'the kernel of an integral operator: one-argument $k$, two-argument $\\kappa$',
  },
  K: { tex: '\\mathcal{K}', meaning: 'a linear layer written as an operator' },
  nu: { tex: '\\nu', meaning: 'a pointwise nonlinearity' },
  W: { tex: 'W_m', meaning: 'a circular harmonic filter of rotation order $m$' },
  m: { tex: 'm', meaning: 'a frequency (rotation order) of an irrep or a circular harmonic' },
  polar: {
    tex: '(r, \\phi)',
    meaning: 'polar coordinates about the filter centre: distance $r$, angle $\\phi$',
  },
  beta: { tex: '\\beta', meaning: 'the phase offset of a circular harmonic' },
  alpha: {
    tex: '\\alpha',
    meaning: 'the phase of a complex feature $z = |z|e^{i\\alpha}$ (not the polar angle $\\phi$)',
  },
  Rprofile: { tex: 'R(r)', meaning: 'the radial profile of a circular harmonic' },
  Y: { tex: 'Y^{(l)}_m', meaning: 'a real spherical harmonic of degree $l$ and order $m$' },
  Dmat: { tex: '\\mathbf{D}(g)', meaning: 'a representation written as matrices, when no irrep is meant' },
  D: {
    tex: '\\mathbf{D}^{(l)}',
    meaning: 'the Wigner-D matrix of degree $l$, a $(2l+1)$-dimensional irrep of $SO(3)$',
  },
  l: { tex: 'l', meaning: 'the degree of an $SO(3)$ irrep or spherical harmonic' },
  CG: { tex: '\\otimes_{cg}', meaning: 'the Clebsch-Gordan tensor product' },
  MU: { tex: 'M,\\ U', meaning: 'the message and update networks of message passing' },
} as const satisfies Record<string, NotationEntry>;

export type NotationKey = keyof typeof GLOSSARY;

/** Splits a meaning into text and $…$ TeX pieces: odd indices are TeX. */
export function meaningPieces(meaning: string): string[] {
  return meaning.split('$');
}
