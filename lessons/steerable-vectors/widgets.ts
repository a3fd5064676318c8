// The widgets this lesson embeds by name: a tag such as `<RotationControl />` in index.mdx renders the
// component of that name below. They load with the lesson, not with the app.
import type { MDXComponents } from 'mdx/types';
import { NotationTable } from '../../src/ui/notation/NotationTable';
import { BandwidthNonlinearity } from './BandwidthNonlinearity';
import { ClebschGordanLab } from './ClebschGordanLab';
import { PlaneGradientField } from './PlaneGradientField';
import { SphereQuotient } from './SphereQuotient';
import { SphericalConvolution } from './SphericalConvolution';
import { SphericalHarmonicSphere } from './SphericalHarmonicSphere';
import { SteerableExercise } from './exercises/SteerableExercise';
import { SteerableNonlinearities } from './SteerableNonlinearities';
import { SteerablePointCloud } from './SteerablePointCloud';
import { WignerDExplorer } from './WignerDExplorer';

export const widgets = {
  NotationTable,
  BandwidthNonlinearity,
  ClebschGordanLab,
  PlaneGradientField,
  SphereQuotient,
  SphericalConvolution,
  SphericalHarmonicSphere,
  SteerableExercise,
  SteerableNonlinearities,
  SteerablePointCloud,
  WignerDExplorer,
} satisfies MDXComponents;
