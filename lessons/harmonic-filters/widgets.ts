// The widgets this lesson embeds by name: a tag such as `<RotationControl />` in index.mdx renders the
// component of that name below. They load with the lesson, not with the app.
import type { MDXComponents } from 'mdx/types';
import { NotationTable } from '../../src/ui/notation/NotationTable';
import { DrawingCanvas } from '../../src/ui/drawing/DrawingCanvas';
import { ErrorVsAngle } from './ErrorVsAngle';
import { FilterExplorer } from './FilterExplorer';
import { HarmonicExercise } from './exercises/HarmonicExercise';
import { HarmonicResponse } from './HarmonicResponse';
import { LiftingBridge } from './LiftingBridge';
import { OrderArithmetic } from './OrderArithmetic';
import { RotationControl } from '../../src/ui/rotation/RotationControl';
import { RotationResponseCurves } from './RotationResponseCurves';

export const widgets = {
  NotationTable,
  DrawingCanvas,
  ErrorVsAngle,
  FilterExplorer,
  HarmonicExercise,
  HarmonicResponse,
  LiftingBridge,
  OrderArithmetic,
  RotationControl,
  RotationResponseCurves,
} satisfies MDXComponents;
