// Widgets a lesson can embed by name: `<EngineStatus />` in an MDX file renders the component
// registered here under that name. A unit test checks that every tag used in lessons/ exists.
import type { MDXComponents } from 'mdx/types';
import { EngineStatus } from './EngineStatus';

export const WIDGETS = {
  EngineStatus,
} satisfies MDXComponents;

export type WidgetName = keyof typeof WIDGETS;
