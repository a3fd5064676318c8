// The course: six lessons in teaching order. Each lesson is one MDX file under lessons/.
import type { MDXContent } from 'mdx/types';

export interface LessonEntry {
  slug: string;
  title: string;
  /** One line for the home page. */
  summary: string;
  load: () => Promise<{ default: MDXContent }>;
}

export const LESSONS: readonly LessonEntry[] = [
  {
    slug: 'groups',
    title: 'Groups',
    summary:
      'Symmetries as groups: axioms, rotations and reflections, SE(2), actions and homogeneous spaces.',
    load: () => import('../../lessons/groups.mdx'),
  },
  {
    slug: 'representations',
    title: 'Representations',
    summary: 'Groups acting linearly: regular and irreducible representations, the group Fourier transform.',
    load: () => import('../../lessons/representations.mdx'),
  },
  {
    slug: 'lifting',
    title: 'Lifting',
    summary: 'Why planar convolutions are not rotation equivariant, and the lifting correlation that is.',
    load: () => import('../../lessons/lifting.mdx'),
  },
  {
    slug: 'group-convolution',
    title: 'Group convolution',
    summary: 'Correlations on the group, the four layer types, pooling to invariants, G-CNN results.',
    load: () => import('../../lessons/group-convolution.mdx'),
  },
  {
    slug: 'harmonic-filters',
    title: 'Harmonic filters',
    summary: 'Circular harmonics: equivariance to every angle, rotation orders and phase.',
    load: () => import('../../lessons/harmonic-filters.mdx'),
  },
  {
    slug: 'steerable-vectors',
    title: 'Steerable vectors',
    summary: 'Wigner-D matrices, spherical harmonics and Clebsch-Gordan products for 3-D data.',
    load: () => import('../../lessons/steerable-vectors.mdx'),
  },
];

export function lessonIndex(slug: string): number {
  return LESSONS.findIndex((l) => l.slug === slug);
}

export const lessonPath = (slug: string) => `/lessons/${slug}`;
