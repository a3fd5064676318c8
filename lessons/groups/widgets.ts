// The widgets this lesson embeds by name: a tag such as `<RotationControl />` in index.mdx renders the
// component of that name below. They load with the lesson, not with the app.
import type { MDXComponents } from 'mdx/types';
import { NotationTable } from '../../src/ui/notation/NotationTable';
import { AxiomChecker } from './AxiomChecker';
import { CayleyGraph } from './CayleyGraph';
import { CayleyTable } from './CayleyTable';
import { DrawingCanvas } from '../../src/ui/drawing/DrawingCanvas';
import { GroupActionOnDrawing } from './GroupActionOnDrawing';
import { GroupsExercise } from './exercises/GroupsExercise';
import { SE2Composer } from './SE2Composer';

export const widgets = {
  NotationTable,
  AxiomChecker,
  CayleyGraph,
  CayleyTable,
  DrawingCanvas,
  GroupActionOnDrawing,
  GroupsExercise,
  SE2Composer,
} satisfies MDXComponents;
