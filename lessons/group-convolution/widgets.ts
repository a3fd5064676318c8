// The widgets this lesson embeds by name: a tag such as `<RotationControl />` in index.mdx renders the
// component of that name below. They load with the lesson, not with the app.
import type { MDXComponents } from 'mdx/types';
import { NotationTable } from '../../src/ui/notation/NotationTable';
import { CnnVsGcnn } from './CnnVsGcnn';
import { CommutingDiagram } from '../../src/ui/commuting/CommutingDiagram';
import { DrawingCanvas } from '../../src/ui/drawing/DrawingCanvas';
import { GroupConvExercise } from './exercises/GroupConvExercise';
import { OrientationRing } from '../../src/ui/orientation/OrientationRing';
import { RotationControl } from '../../src/ui/rotation/RotationControl';
import { TrainOnRotatedDigits } from './TrainOnRotatedDigits';

export const widgets = {
  NotationTable,
  CnnVsGcnn,
  CommutingDiagram,
  DrawingCanvas,
  GroupConvExercise,
  OrientationRing,
  RotationControl,
  TrainOnRotatedDigits,
} satisfies MDXComponents;
