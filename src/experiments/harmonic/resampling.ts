// How the harmonic widgets rotate images and maps off the pixel grid. Bicubic (Keys) keeps the phase
// at the rotation centre of smooth inputs within about 0.03 degrees for m = 1, where bilinear
// resampling biases it by about 0.5 degrees (measured on the CPU reference, 65 x 65 blobs).
import type { Interpolation } from '../../engine/backend';

export const RESAMPLING: Interpolation = 'bicubic';
