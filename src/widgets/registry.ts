// Widgets a lesson can embed by name: `<EngineStatus />` in an MDX file renders the component
// registered here under that name. A unit test checks that every tag used in lessons/ exists.
import type { MDXComponents } from 'mdx/types';
import { CommutingDiagram } from './commuting/CommutingDiagram';
import { DrawingCanvas } from './drawing/DrawingCanvas';
import { EngineStatus } from './EngineStatus';
import { RotationControl } from './rotation/RotationControl';

export const WIDGETS = {
  CommutingDiagram,
  DrawingCanvas,
  EngineStatus,
  RotationControl,
} satisfies MDXComponents;

export type WidgetName = keyof typeof WIDGETS;
