// The widgets this lesson embeds by name: a tag such as `<RotationControl />` in index.mdx renders the
// component of that name below. They load with the lesson, not with the app.
import type { MDXComponents } from 'mdx/types';
import { NotationTable } from '../../src/ui/notation/NotationTable';
import { DrawingCanvas } from '../../src/ui/drawing/DrawingCanvas';
import { FourierConvolution } from './FourierConvolution';
import { P4OnDrawing } from './P4OnDrawing';
import { RegularBlockDiagonal } from './RegularBlockDiagonal';
import { RepresentationHeatmaps } from './RepresentationHeatmaps';
import { RepresentationsExercise } from './exercises/RepresentationsExercise';

export const widgets = {
  NotationTable,
  DrawingCanvas,
  FourierConvolution,
  P4OnDrawing,
  RegularBlockDiagonal,
  RepresentationHeatmaps,
  RepresentationsExercise,
} satisfies MDXComponents;
