// Draws a function on the sphere with d3's orthographic projection: the sphere is cut into a
// latitude-longitude grid of cells, each filled with the colour of the function at its centre.
import { geoCircle, geoOrthographic, geoPath, type GeoProjection } from 'd3';
import type { Feature, Polygon } from 'geojson';
import type { ScreenFrame } from './trackball';
import { divergingColor } from '../../src/ui/plots/diverging';

const STEP = 4; // degrees per cell side
const TILT = 25; // the view looks down on the equator from 25° above it

interface Cell {
  feature: Feature<Polygon>;
  centre: [number, number, number];
}

const toRad = Math.PI / 180;
export const lonLatToVector = (lon: number, lat: number): [number, number, number] => [
  Math.cos(lat * toRad) * Math.cos(lon * toRad),
  Math.cos(lat * toRad) * Math.sin(lon * toRad),
  Math.sin(lat * toRad),
];
export const vectorToLonLat = (v: readonly number[]): [number, number] => [
  Math.atan2(v[1], v[0]) / toRad,
  Math.asin(Math.max(-1, Math.min(1, v[2] / Math.hypot(v[0], v[1], v[2])))) / toRad,
];

function makeCells(): Cell[] {
  const cells: Cell[] = [];
  for (let lat = -90; lat < 90; lat += STEP) {
    for (let lon = -180; lon < 180; lon += STEP) {
      // Clockwise ring (seen from outside), as d3-geo expects for a small polygon.
      const ring = [
        [lon, lat],
        [lon, lat + STEP],
        [lon + STEP, lat + STEP],
        [lon + STEP, lat],
        [lon, lat],
      ];
      cells.push({
        feature: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } },
        centre: lonLatToVector(lon + STEP / 2, lat + STEP / 2),
      });
    }
  }
  return cells;
}

export const CELLS: readonly Cell[] = makeCells();
export const CELL_CENTRES = CELLS.map((c) => c.centre);

/** The view's screen axes in world coordinates (for the trackball). */
export const SPHERE_FRAME: ScreenFrame = {
  right: [0, 1, 0],
  up: [-Math.sin(TILT * toRad), 0, Math.cos(TILT * toRad)],
  viewer: [Math.cos(TILT * toRad), 0, Math.sin(TILT * toRad)],
};

export function sphereProjection(size: number): GeoProjection {
  return geoOrthographic()
    .rotate([0, -TILT])
    .translate([size / 2, size / 2])
    .scale(size / 2 - 4)
    .clipAngle(90);
}

export interface SphereStyle {
  outline: string;
  marker: string;
  /** The label of the pole's dot (default 'R ẑ', where the rotation takes the north pole). */
  poleLabel?: string;
}

/** Paint values (one per cell, on the scale ±maxAbs) and the rotated frame's equator and pole. */
export function paintSphere(
  ctx: CanvasRenderingContext2D,
  size: number,
  values: readonly number[],
  maxAbs: number,
  pole: readonly number[],
  style: SphereStyle,
): void {
  const projection = sphereProjection(size);
  const path = geoPath(projection, ctx);
  ctx.clearRect(0, 0, size, size);
  const v = SPHERE_FRAME.viewer;
  CELLS.forEach((cell, i) => {
    const c = cell.centre;
    if (c[0] * v[0] + c[1] * v[1] + c[2] * v[2] < -0.1) return; // on the far side
    ctx.beginPath();
    path(cell.feature);
    ctx.fillStyle = divergingColor(values[i], maxAbs);
    ctx.fill();
    ctx.strokeStyle = ctx.fillStyle; // hides hairline seams between cells
    ctx.lineWidth = 1;
    ctx.stroke();
  });
  ctx.setLineDash([4, 3]);
  ctx.strokeStyle = style.marker;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  path(geoCircle().center(vectorToLonLat(pole)).radius(90)());
  ctx.stroke();
  ctx.setLineDash([]);
  drawPole(ctx, projection, pole, style.marker, style.poleLabel ?? 'R ẑ');
  ctx.strokeStyle = style.outline;
  ctx.beginPath();
  path({ type: 'Sphere' });
  ctx.stroke();
}

function drawPole(
  ctx: CanvasRenderingContext2D,
  projection: GeoProjection,
  pole: readonly number[],
  colour: string,
  label: string,
): void {
  const v = SPHERE_FRAME.viewer;
  if (pole[0] * v[0] + pole[1] * v[1] + pole[2] * v[2] <= 0) return;
  const xy = projection(vectorToLonLat(pole));
  if (!xy) return;
  ctx.fillStyle = colour;
  ctx.beginPath();
  ctx.arc(xy[0], xy[1], 4, 0, 2 * Math.PI);
  ctx.fill();
  ctx.font = '12px system-ui, sans-serif';
  // Label below the dot near the top edge, above it elsewhere, so it is never clipped.
  ctx.fillText(label, xy[0] + 6, xy[1] < 20 ? xy[1] + 14 : xy[1] - 6);
}
