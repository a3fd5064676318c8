// Widget 2: the Cayley graph of C_N or D_N, one node per element (coloured and labelled), one
// arrow style per generator (r: solid with arrowheads, s: dashed, undirected since s·s = e).
// The student walks the graph: each step multiplies the current element by a generator.
import { useId, useRef, useState } from 'react';
import type { PlanarGroup } from '../../src/math';
import { choice, field, linkOf, useLink } from '../../src/state/link';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import {
  graphEdges,
  graphNodes,
  multiplyBy,
  type GraphEdge,
  type GraphNode,
  type Side,
} from './cayleyGraphLayout';
import { useDisplayGroup } from '../../src/ui/group/displayGroup';
import { elementColor, inkOn } from '../../src/ui/group/elementColors';
import { compactLabel, ElementChip } from '../../src/ui/group/ElementLabel';
import { GroupPicker } from '../../src/ui/group/GroupPicker';
import {
  elementIn,
  elementLabel,
  elementLabels,
  elementsIn,
  groupNameOf,
  linkedGroup,
  restoreSharedGroup,
  SHARED_GROUP_LINK,
} from '../../src/ui/group/linkState';
import './groups.css';

const NAME = 'cayley-graph';
const SIZE = 360;
const NODE_R = 17;

// The group lives in the page's shared store (restored there); the edge side and the walk, a start
// element and generator steps by their labels, are this widget's own.
const LINK = {
  group: SHARED_GROUP_LINK.group,
  side: field(choice<Side>(['right', 'left']), 'right'),
  from: field(elementLabel, null),
  walk: field(elementLabels, null),
};

interface Walk {
  start: number;
  steps: number[];
}

/** The linked walk, its labels read in the group the link shows; else none, from e. */
function linkedWalk(group: PlanarGroup, from: string | null, walk: string[] | null): Walk {
  return {
    start: elementIn(group, from) ?? 0,
    steps: elementsIn(group, walk, group.generators) ?? [],
  };
}

/** A curved edge bending to its left, trimmed so it starts and ends at the node circles. */
function edgePath(p: GraphNode, q: GraphNode, bend: number): string {
  const dx = q.x - p.x,
    dy = q.y - p.y;
  const len = Math.hypot(dx, dy);
  const cx = (p.x + q.x) / 2 + (dy / len) * bend * len,
    cy = (p.y + q.y) / 2 - (dx / len) * bend * len;
  const trim = (from: GraphNode, extra: number) => {
    const ux = cx - from.x,
      uy = cy - from.y;
    const l = Math.hypot(ux, uy);
    return [from.x + (ux / l) * (NODE_R + extra), from.y + (uy / l) * (NODE_R + extra)];
  };
  const [x0, y0] = trim(p, 1);
  const [x1, y1] = trim(q, 4);
  return `M${x0.toFixed(1)},${y0.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x1.toFixed(1)},${y1.toFixed(1)}`;
}

function Edge({
  e,
  nodes,
  index,
  markerId,
}: {
  e: GraphEdge;
  nodes: GraphNode[];
  index: number;
  markerId: string;
}) {
  const p = nodes[e.from],
    q = nodes[e.to];
  const cls = index === 0 ? 'graph-edge graph-edge-first' : 'graph-edge graph-edge-second';
  return (
    <path
      className={cls}
      d={edgePath(p, q, e.undirected ? 0 : 0.18)}
      markerEnd={e.undirected ? undefined : `url(#${markerId}-${index})`}
      data-from={e.from}
      data-to={e.to}
      data-generator={e.generator}
    />
  );
}

function Legend({ group, side }: { group: PlanarGroup; side: Side }) {
  return (
    <ul className="graph-legend">
      {group.generators.map((x, i) => (
        <li key={x}>
          <svg width={36} height={12} aria-hidden="true">
            <line
              x1={2}
              y1={6}
              x2={34}
              y2={6}
              className={i === 0 ? 'graph-edge graph-edge-first' : 'graph-edge graph-edge-second'}
            />
          </svg>{' '}
          g → {side === 'right' ? `g·${group.label(x)}` : `${group.label(x)}·g`}
        </li>
      ))}
    </ul>
  );
}

export function CayleyGraph() {
  const group = useDisplayGroup();
  const markerId = useId().replace(/:/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const { initial } = useLink(NAME, LINK, { restore: restoreSharedGroup });
  const [side, setSide] = useState<Side>(initial.side);
  const [walk, setWalk] = useState<Walk>(() =>
    linkedWalk(linkedGroup(group, initial.group), initial.from, initial.walk),
  );
  const start = walk.start < group.order ? walk.start : 0;
  const g = walk.steps.reduce((cur, x) => multiplyBy(group, cur, x, side), start);
  const nodes = graphNodes(group, SIZE);
  const edges = graphEdges(group, side);
  const step = (x: number) => setWalk((w) => ({ start, steps: [...w.steps, x] }));
  const word = walk.steps.map((x) => group.label(x));
  const from = group.label(start);

  return (
    <WidgetFrame
      name={NAME}
      title="Cayley graph"
      purpose="Elements as nodes, generators as arrows: every element is a walk from e."
      exportRef={svgRef}
      onReset={() => setWalk({ start: 0, steps: [] })}
      linkParams={() =>
        linkOf(LINK, { group: groupNameOf(group), side, from, walk: word })
      }
      help={
        <p>
          Start at e and press the generator buttons: each step multiplies by r or s. In D_N the inner ring
          runs the other way round because s r = r⁻¹ s. Switch to left multiplication to see both rings turn
          the same way.
        </p>
      }
      controls={
        <>
          <GroupPicker group={group} />
          <label>
            Edges{' '}
            <select
              aria-label="Edges"
              value={side}
              onChange={(e) => {
                setSide(e.target.value as Side);
                setWalk({ start: g, steps: [] });
              }}
            >
              <option value="right">g → g·x (right)</option>
              <option value="left">g → x·g (left)</option>
            </select>
          </label>
          {group.generators.map((x) => (
            <button
              key={x}
              onClick={() => step(x)}
              aria-label={
                side === 'right'
                  ? `multiply by ${group.label(x)} on the right`
                  : `multiply by ${group.label(x)} on the left`
              }
            >
              {side === 'right' ? `·${group.label(x)}` : `${group.label(x)}·`}
            </button>
          ))}
        </>
      }
      readout={
        <span className="graph-readout" data-current={group.label(g)}>
          Current element: <ElementChip group={group} a={g} />
          {word.length > 0 && (
            <>
              {' '}
              = {side === 'right'
                ? [from, ...word].join('·')
                : [...word].reverse().concat(from).join('·')}{' '}
              (walk of {word.length} step{word.length === 1 ? '' : 's'}, computed by the math core)
            </>
          )}
        </span>
      }
    >
      <svg
        ref={svgRef}
        className="cayley-graph"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width={SIZE}
        height={SIZE}
        role="group"
        aria-label={`Cayley graph of ${group.name} with ${edges.length} edges`}
      >
        <defs>
          <pattern
            id={`${markerId}-stripes`}
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={2} height={6} fill="rgba(0,0,0,0.16)" />
          </pattern>
          {[0, 1].map((i) => (
            <marker
              key={i}
              id={`${markerId}-${i}`}
              viewBox="0 0 10 10"
              refX={8}
              refY={5}
              markerWidth={7}
              markerHeight={7}
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className={i === 0 ? 'graph-arrow-first' : 'graph-arrow-second'} />
            </marker>
          ))}
        </defs>
        {edges.map((e, i) => (
          <Edge
            key={i}
            e={e}
            nodes={nodes}
            index={group.generators.indexOf(e.generator)}
            markerId={markerId}
          />
        ))}
        {nodes.map((n) => (
          <g
            key={n.a}
            className={n.a === g ? 'graph-node current' : 'graph-node'}
            data-element={n.a}
            tabIndex={0}
            role="button"
            aria-label={`start the walk at ${compactLabel(group.label(n.a))}`}
            onClick={() => setWalk({ start: n.a, steps: [] })}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              setWalk({ start: n.a, steps: [] });
            }}
          >
            <circle cx={n.x} cy={n.y} r={NODE_R} fill={elementColor(group, n.a)} />
            {group.reflects(n.a) && (
              <circle cx={n.x} cy={n.y} r={NODE_R} fill={`url(#${markerId}-stripes)`} />
            )}
            <text
              x={n.x}
              y={n.y}
              fill={inkOn(elementColor(group, n.a))}
              dominantBaseline="central"
              textAnchor="middle"
            >
              {compactLabel(group.label(n.a))}
            </text>
          </g>
        ))}
      </svg>
      <Legend group={group} side={side} />
    </WidgetFrame>
  );
}
