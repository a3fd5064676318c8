// Widget 6: a representation's matrices as heatmaps, ρ(g), ρ(h), ρ(g)ρ(h), ρ(gh) and the
// difference ρ(g)ρ(h) − ρ(gh), with its largest entry: the homomorphism law ρ(gh) = ρ(g)ρ(h).
import { useMemo, useRef, useState } from 'react';
import type { PlanarGroup } from '../../src/math';
import { maxAbsDiff, matmul, sub } from '../../src/math/linalg';
import { defaultsOf, field, linkOf, useLink } from '../../src/state/link';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { useDisplayGroup, useSharedElement } from '../../src/ui/group/displayGroup';
import { ElementPicker, GroupPicker } from '../../src/ui/group/GroupPicker';
import {
  elementIn,
  elementLabel,
  groupNameOf,
  linkedGroup,
  restoreSharedGroup,
  SHARED_GROUP_LINK,
  text,
} from '../../src/ui/group/linkState';
import { DivergingLegend } from '../../src/ui/plots/DivergingLegend';
import { Heatmap } from '../../src/ui/plots/MatrixHeatmap';
import { representationChoices } from './representationChoices';
import './representations.css';

const NAME = 'representation-heatmaps';
/** Tolerance for float64 round-off in products of small orthogonal matrices. */
const TOLERANCE = 1e-12;

const START_H = 1;

// The group and g live in the page's shared store (restored there); ρ (by its id) and h (by its
// label) are this widget's own.
const LINK = {
  ...SHARED_GROUP_LINK,
  rep: field(text, 'regular'),
  h: field(elementLabel, null),
};

/** The linked ρ and h, when the group the link shows has them; else the regular representation and r. */
function linkedState(group: PlanarGroup, rep: string, h: string | null) {
  return {
    repId: representationChoices(group).some((c) => c.id === rep) ? rep : defaultsOf(LINK).rep,
    h: elementIn(group, h) ?? START_H,
  };
}

export function RepresentationHeatmaps() {
  const group = useDisplayGroup();
  const choices = useMemo(() => representationChoices(group), [group]);
  const { initial } = useLink(NAME, LINK, { restore: restoreSharedGroup });
  const [init] = useState(() => linkedState(linkedGroup(group, initial.group), initial.rep, initial.h));
  const [repId, setRepId] = useState(init.repId);
  const choice = choices.find((c) => c.id === repId) ?? choices[0];
  const [g, setG] = useSharedElement(group);
  const [hState, setH] = useState(init.h);
  const h = hState % group.order;
  const rho = choice.rep.rho;
  const product = matmul(rho(g), rho(h));
  const direct = rho(group.compose(g, h));
  const error = maxAbsDiff(product, direct);
  const viewsRef = useRef<HTMLDivElement>(null);
  const gl = group.latex(g),
    hl = group.latex(h);

  return (
    <WidgetFrame
      name={NAME}
      title="Representation matrices"
      purpose="ρ turns every group element into a matrix, and products into matrix products."
      wide
      exportRef={viewsRef}
      onReset={() => {
        setRepId(defaultsOf(LINK).rep);
        setG(1);
        setH(START_H);
      }}
      linkParams={() =>
        linkOf(LINK, { group: groupNameOf(group), g: group.label(g), rep: choice.id, h: group.label(h) })
      }
      help={
        <p>
          Blue is −1, white 0, red +1. Pick the regular representation and step g through the group: each ρ(g)
          is a permutation matrix. Pick a 2-dimensional irrep and the matrices become rotations (and, in D_N,
          reflections). Whatever you choose, the difference stays white.
        </p>
      }
      controls={
        <>
          <GroupPicker group={group} />
          <label>
            Representation ρ{' '}
            <select aria-label="Representation" value={choice.id} onChange={(e) => setRepId(e.target.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <ElementPicker group={group} label="g" value={g} onChange={setG} />
          <ElementPicker group={group} label="h" value={h} onChange={setH} />
        </>
      }
      readout={
        <span className="rep-readout" data-max-diff={String(error)}>
          gh = {group.label(group.compose(g, h))}; max |ρ(g)ρ(h) − ρ(gh)| ={' '}
          {error === 0 ? '0 (exact)' : error.toExponential(2)}, tolerance {TOLERANCE} (
          {error <= TOLERANCE ? 'the homomorphism law holds' : 'violated!'}); float64 on the CPU, math core.
        </span>
      }
    >
      <div className="rep-views" ref={viewsRef}>
        <Heatmap name="rho-g" maxSide={168} matrix={rho(g)} caption={<Tex math={`\\rho(${gl})`} />} />
        <Heatmap name="rho-h" maxSide={168} matrix={rho(h)} caption={<Tex math={`\\rho(${hl})`} />} />
        <Heatmap
          name="rho-g-rho-h"
          maxSide={168}
          matrix={product}
          caption={<Tex math={`\\rho(${gl})\\,\\rho(${hl})`} />}
        />
        <Heatmap
          name="rho-gh"
          maxSide={168}
          matrix={direct}
          caption={<Tex math={`\\rho(${gl}\\cdot ${hl}) = \\rho(${group.latex(group.compose(g, h))})`} />}
        />
        <Heatmap
          name="difference"
          maxSide={168}
          matrix={sub(product, direct)}
          caption={<Tex math={`\\rho(${gl})\\rho(${hl}) - \\rho(${gl}${hl})`} />}
        />
        <DivergingLegend maxAbs={1} label="matrix entries" />
      </div>
    </WidgetFrame>
  );
}
