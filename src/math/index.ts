// Public API of the mathematical core: pure TypeScript, no DOM, no GPU.
// Finite groups, representations and the group Fourier transform live in ./finite;
// continuous planar groups and their actions in ./continuous; SO(3) tools in ./so3.
export * from './finite/index';
export * from './continuous/index';
export * from './so3/index';
