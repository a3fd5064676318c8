// The widgets this lesson embeds by name: a tag such as `<RotationControl />` in index.mdx renders the
// component of that name below. They load with the lesson, not with the app.
import type { MDXComponents } from 'mdx/types';
import { NotationTable } from '../../src/ui/notation/NotationTable';
import { AxiomChecker } from './AxiomChecker';
import { CayleyGraph } from './CayleyGraph';
import { CayleyTable } from './CayleyTable';
import { CommutingDiagram } from '../../src/ui/commuting/CommutingDiagram';
import { DrawingCanvas } from '../../src/ui/drawing/DrawingCanvas';
import { GroupActionOnDrawing } from './GroupActionOnDrawing';
import { GroupsExercise } from './exercises/GroupsExercise';
import { HomogeneousSpace } from './HomogeneousSpace';
import { SE2Composer } from './SE2Composer';
import { ScaleTranslationComposer } from './ScaleTranslationComposer';
import { RotationControl } from '../../src/ui/rotation/RotationControl';

export const widgets = {
  NotationTable,
  AxiomChecker,
  CayleyGraph,
  CayleyTable,
  CommutingDiagram,
  DrawingCanvas,
  GroupActionOnDrawing,
  GroupsExercise,
  HomogeneousSpace,
  RotationControl,
  SE2Composer,
  ScaleTranslationComposer,
} satisfies MDXComponents;
