// Widgets a lesson can embed by name: `<EngineStatus />` in an MDX file renders the component
// registered here under that name. A unit test checks that every tag used in lessons/ exists.
import type { MDXComponents } from 'mdx/types';
import { CommutingDiagram } from './commuting/CommutingDiagram';
import { DrawingCanvas } from './drawing/DrawingCanvas';
import { EngineStatus } from './EngineStatus';
import { RotationControl } from './rotation/RotationControl';
import { BandwidthNonlinearity } from './steerable/BandwidthNonlinearity';
import { ClebschGordanLab } from './steerable/ClebschGordanLab';
import { PlaneGradientField } from './steerable/PlaneGradientField';
import { SphericalHarmonicSphere } from './steerable/SphericalHarmonicSphere';
import { SteerablePointCloud } from './steerable/SteerablePointCloud';
import { WignerDExplorer } from './steerable/WignerDExplorer';
import { AxiomChecker } from './groups/AxiomChecker';
import { CayleyGraph } from './groups/CayleyGraph';
import { CayleyTable } from './groups/CayleyTable';
import { GroupActionOnDrawing } from './groups/GroupActionOnDrawing';
import { GroupsExercise } from './groups/GroupsExercise';
import { SE2Composer } from './groups/SE2Composer';
import { FourierConvolution } from './representations/FourierConvolution';
import { P4OnDrawing } from './representations/P4OnDrawing';
import { RegularBlockDiagonal } from './representations/RegularBlockDiagonal';
import { RepresentationHeatmaps } from './representations/RepresentationHeatmaps';
import { RepresentationsExercise } from './representations/RepresentationsExercise';
import { FilterBankView } from './orientation/FilterBankView';
import { OrientationRing } from './orientation/OrientationRing';
import { CnnVsGcnn } from './comparison/CnnVsGcnn';
import { TrainOnUprightDigits } from './training/TrainOnUprightDigits';
import { ErrorVsAngle } from './harmonic/ErrorVsAngle';
import { FilterExplorer } from './harmonic/FilterExplorer';
import { HarmonicResponse } from './harmonic/HarmonicResponse';
import { OrderArithmetic } from './harmonic/OrderArithmetic';
import { RotationResponseCurves } from './harmonic/RotationResponseCurves';
import { HarmonicExercise } from './harmonicExercises/HarmonicExercise';
import { SteerableExercise } from './steerableExercises/SteerableExercise';
import { GroupConvExercise } from './liftingExercises/GroupConvExercise';
import { LiftingExercise } from './liftingExercises/LiftingExercise';

export const WIDGETS = {
  CommutingDiagram,
  DrawingCanvas,
  EngineStatus,
  RotationControl,
  BandwidthNonlinearity,
  ClebschGordanLab,
  PlaneGradientField,
  SphericalHarmonicSphere,
  SteerablePointCloud,
  WignerDExplorer,
  AxiomChecker,
  CayleyGraph,
  CayleyTable,
  GroupActionOnDrawing,
  GroupsExercise,
  SE2Composer,
  FourierConvolution,
  P4OnDrawing,
  RegularBlockDiagonal,
  RepresentationHeatmaps,
  RepresentationsExercise,
  FilterBankView,
  OrientationRing,
  CnnVsGcnn,
  TrainOnUprightDigits,
  FilterExplorer,
  HarmonicResponse,
  OrderArithmetic,
  ErrorVsAngle,
  RotationResponseCurves,
  HarmonicExercise,
  SteerableExercise,
  LiftingExercise,
  GroupConvExercise,
} satisfies MDXComponents;

export type WidgetName = keyof typeof WIDGETS;
