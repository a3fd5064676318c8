// The ring itself: one canvas per orientation plane at its place on the circle, outlined in the
// colour of the plane that moved into it, the coset-pooled map in the middle, and an arrow from
// where the selected slot's plane came from.
import { useId } from 'react';
import type { PlanarGroup } from '../../math';
import { elementColor, elementStyle } from '../group/elementColors';
import { ElementLabel } from '../group/ElementLabel';
import type { RingLayout, RingSlot } from './ringLayout';

export interface RingViewProps {
  group: PlanarGroup;
  layout: RingLayout;
  size: number;
  canvasKey: string;
  register: (id: string) => (canvas: HTMLCanvasElement | null) => void;
  selected: number;
  onSelect(slot: number): void;
}

const pct = (v: number) => `${(100 * v).toFixed(3)}%`;

/** Quadratic curve from the source slot to the target slot, bent towards the ring's centre. */
function arrowPath(from: RingSlot, to: RingSlot): string {
  const mx = (from.x + to.x) / 2;
  const my = (from.y + to.y) / 2;
  const cx = mx + (0.5 - mx) * 0.6;
  const cy = my + (0.5 - my) * 0.6;
  return `M ${from.x} ${from.y} Q ${cx} ${cy} ${to.x} ${to.y}`;
}

export function RingView({ group, layout, size, canvasKey, register, selected, onSelect }: RingViewProps) {
  const s = layout.slotSize;
  const chosen = layout.slots[selected] ?? layout.slots[0];
  const from = layout.slots[chosen.source];
  const c = layout.centreSize;
  const headId = `${useId()}-head`;
  return (
    <div
      className={s < 0.11 ? 'ring ring-small' : 'ring'}
      role="group"
      aria-label={`orientation planes of ${group.name} on a ring`}
    >
      <figure
        className="ring-centre"
        style={{ left: pct(0.5 - c / 2), top: pct(0.5 - c / 2), width: pct(c) }}
      >
        <canvas
          key={canvasKey}
          ref={register('pooled')}
          width={size}
          height={size}
          className="map-canvas"
          role="img"
          aria-label="the maximum over all orientation planes after a ReLU (coset pooling): it rotates with the input and does not cycle"
        />
        <figcaption className="ring-chip ring-centre-chip">max</figcaption>
      </figure>
      {layout.slots.map((slot) => (
        <figure
          key={slot.element}
          className={`ring-slot${slot.element === chosen.element ? ' ring-slot-selected' : ''}`}
          style={{
            left: pct(slot.x - s / 2),
            top: pct(slot.y - s / 2),
            width: pct(s),
            borderColor: elementColor(group, slot.source),
          }}
          data-slot={slot.element}
          data-source={slot.source}
          tabIndex={0}
          onFocus={() => onSelect(slot.element)}
          onPointerEnter={() => onSelect(slot.element)}
          aria-label={`plane ${group.label(slot.element)}, which now shows the plane that was at ${group.label(slot.source)}`}
        >
          <canvas
            key={canvasKey}
            ref={register(`slot-${slot.element}`)}
            width={size}
            height={size}
            className="map-canvas"
            role="img"
            aria-label={`orientation plane ${group.label(slot.element)} of the lifted map`}
          />
          <span className="ring-chip" style={elementStyle(group, slot.element)}>
            <ElementLabel group={group} a={slot.element} />
          </span>
        </figure>
      ))}
      {from.element !== chosen.element && (
        <svg className="ring-arrows" viewBox="0 0 1 1" aria-hidden="true">
          <defs>
            <marker
              id={headId}
              viewBox="0 0 10 10"
              refX="7"
              refY="5"
              markerWidth="5"
              markerHeight="5"
              orient="auto"
            >
              <path
                d="M 0 0 L 10 5 L 0 10 z"
                fill={elementColor(group, from.element)}
                stroke="#000"
                strokeWidth="0.8"
              />
            </marker>
          </defs>
          <path d={arrowPath(from, chosen)} className="ring-arrow-halo" />
          <path
            d={arrowPath(from, chosen)}
            className="ring-arrow"
            stroke={elementColor(group, from.element)}
            markerEnd={`url(#${headId})`}
          />
          <circle
            cx={from.x}
            cy={from.y}
            r={0.012}
            fill={elementColor(group, from.element)}
            stroke="#000"
            strokeWidth={0.003}
          />
        </svg>
      )}
    </div>
  );
}
