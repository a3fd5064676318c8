// The widgets this lesson embeds by name: a tag such as `<RotationControl />` in index.mdx renders the
// component of that name below. They load with the lesson, not with the app.
import type { MDXComponents } from 'mdx/types';
import { NotationTable } from '../../src/ui/notation/NotationTable';
import { CnnVsGcnn } from './CnnVsGcnn';
import { CosetPooling } from './CosetPooling';
import { CommutingDiagram } from '../../src/ui/commuting/CommutingDiagram';
import { DrawingCanvas } from '../../src/ui/drawing/DrawingCanvas';
import { DenseToGroupConv } from './DenseToGroupConv';
import { GroupConvExercise } from './exercises/GroupConvExercise';
import { OrientationRing } from '../../src/ui/orientation/OrientationRing';
import { RotationControl } from '../../src/ui/rotation/RotationControl';
import { StrideSubsampling } from './StrideSubsampling';
import { TrainOnRotatedDigits } from './TrainOnRotatedDigits';

export const widgets = {
  NotationTable,
  CnnVsGcnn,
  CosetPooling,
  CommutingDiagram,
  DrawingCanvas,
  DenseToGroupConv,
  GroupConvExercise,
  OrientationRing,
  RotationControl,
  StrideSubsampling,
  TrainOnRotatedDigits,
} satisfies MDXComponents;
