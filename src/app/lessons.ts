// The course: six lessons in teaching order. Each lesson is a folder lessons/<slug>/ with its MDX
// (index.mdx) and the widgets it embeds (widgets.ts); both load only when the lesson opens.
import type { MDXComponents, MDXContent } from 'mdx/types';

export interface LessonModule {
  Content: MDXContent;
  widgets: MDXComponents;
}

export interface LessonEntry {
  slug: string;
  title: string;
  /** One line for the home page. */
  summary: string;
  load: () => Promise<LessonModule>;
}

/** Waits for a lesson's MDX and its widgets, fetched in parallel. */
async function lesson(
  content: Promise<{ default: MDXContent }>,
  widgets: Promise<{ widgets: MDXComponents }>,
): Promise<LessonModule> {
  const [c, w] = await Promise.all([content, widgets]);
  return { Content: c.default, widgets: w.widgets };
}

export const LESSONS: readonly LessonEntry[] = [
  {
    slug: 'groups',
    title: 'Groups',
    summary:
      'Symmetries as groups: axioms, rotations and reflections, SE(2), actions and homogeneous spaces.',
    load: () => lesson(import('../../lessons/groups/index.mdx'), import('../../lessons/groups/widgets')),
  },
  {
    slug: 'representations',
    title: 'Representations',
    summary: 'Groups acting linearly: regular and irreducible representations, the group Fourier transform.',
    load: () =>
      lesson(
        import('../../lessons/representations/index.mdx'),
        import('../../lessons/representations/widgets'),
      ),
  },
  {
    slug: 'lifting',
    title: 'Lifting',
    summary: 'Why planar convolutions are not rotation equivariant, and the lifting correlation that is.',
    load: () => lesson(import('../../lessons/lifting/index.mdx'), import('../../lessons/lifting/widgets')),
  },
  {
    slug: 'group-convolution',
    title: 'Group convolution',
    summary: 'Correlations on the group, the four layer types, pooling to invariants, G-CNN results.',
    load: () =>
      lesson(
        import('../../lessons/group-convolution/index.mdx'),
        import('../../lessons/group-convolution/widgets'),
      ),
  },
  {
    slug: 'harmonic-filters',
    title: 'Harmonic filters',
    summary: 'Circular harmonics: equivariance to every angle, rotation orders and phase.',
    load: () =>
      lesson(
        import('../../lessons/harmonic-filters/index.mdx'),
        import('../../lessons/harmonic-filters/widgets'),
      ),
  },
  {
    slug: 'steerable-vectors',
    title: 'Steerable vectors',
    summary: 'Wigner-D matrices, spherical harmonics and Clebsch-Gordan products for 3-D data.',
    load: () =>
      lesson(
        import('../../lessons/steerable-vectors/index.mdx'),
        import('../../lessons/steerable-vectors/widgets'),
      ),
  },
];

export function lessonIndex(slug: string): number {
  return LESSONS.findIndex((l) => l.slug === slug);
}

export const lessonPath = (slug: string) => `/lessons/${slug}`;
