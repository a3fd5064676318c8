// The widgets this lesson embeds by name: a tag such as `<RotationControl />` in index.mdx renders the
// component of that name below. They load with the lesson, not with the app.
import type { MDXComponents } from 'mdx/types';
import { NotationTable } from '../../src/ui/notation/NotationTable';
import { CommutingDiagram } from '../../src/ui/commuting/CommutingDiagram';
import { DrawingCanvas } from '../../src/ui/drawing/DrawingCanvas';
import { FilterBankView } from './FilterBankView';
import { LiftingExercise } from './exercises/LiftingExercise';
import { ManyOrientations } from './ManyOrientations';
import { OrientationRing } from '../../src/ui/orientation/OrientationRing';
import { RotationControl } from '../../src/ui/rotation/RotationControl';
import { ScaleLifting } from './ScaleLifting';

export const widgets = {
  NotationTable,
  CommutingDiagram,
  DrawingCanvas,
  FilterBankView,
  LiftingExercise,
  ManyOrientations,
  OrientationRing,
  RotationControl,
  ScaleLifting,
} satisfies MDXComponents;
