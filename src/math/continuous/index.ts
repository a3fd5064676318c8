// Continuous planar groups (and the pixel groups p4, p4m as matrices) with the products of Bekkers' lecture notes and Cohen & Welling 2016.
export type { LieGroup } from './lieGroup';
export { wrapToPi, angularDistance } from './lieGroup';
export type { SO2Element, O2Element } from './so2';
export { SO2, O2, rotatePoint } from './so2';
export type { SE2Element } from './se2';
export { SE2 } from './se2';
export type { ScaleTranslationElement } from './scaleTranslation';
export { ScaleTranslation } from './scaleTranslation';
export type { P4Element, P4MElement } from './wallpaper';
export { P4, P4M, p4Matrix, p4mMatrix } from './wallpaper';
