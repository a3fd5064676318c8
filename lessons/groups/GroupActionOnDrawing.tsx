// Widget 3: C4 or D4 acting on the page's drawing through exact pixel permutations
// (imageActionIndexMap): x, h·x, g·(h·x) and (gh)·x side by side, and the check that acting
// twice equals acting once with the product, g·(h·x) = (gh)·x (Bekkers' lecture notes: group actions).
import { useMemo, useRef, useState } from 'react';
import { actionImages } from '../../src/experiments/groups/actionImages';
import type { GroupKind } from '../../src/state/groupAction';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { planarGroup } from '../../src/math';
import { ElementLabel } from '../../src/ui/group/ElementLabel';
import { ElementPicker, GroupPicker } from '../../src/ui/group/GroupPicker';
import { GrayCanvas } from '../../src/ui/group/GrayCanvas';
import { field, linkOf, mapped, useLink } from '../../src/state/link';
import { elementIn, elementLabel, groupName } from '../../src/ui/group/linkState';
import { useRaster } from '../../src/ui/group/useRaster';
import './groups.css';

const NAME = 'group-action';
const SIZE = 48;

const START_G = 1;
const START_H = 4;

// Its own group, C4 or D4 (not the page's), and g and h by their labels in that group; the link
// also carries the drawing.
const LINK = {
  group: field(
    mapped(
      groupName([4]),
      (named) => named.kind,
      (kind: GroupKind) => ({ kind, n: 4 }),
    ),
    'D',
  ),
  g: field(elementLabel, null),
  h: field(elementLabel, null),
};

export function GroupActionOnDrawing() {
  const { initial } = useLink(NAME, LINK);
  const [kind, setKind] = useState<GroupKind>(initial.group);
  const group = planarGroup(kind, 4);
  const [g, setG] = useState(() => elementIn(group, initial.g) ?? START_G);
  const [h, setH] = useState(() => elementIn(group, initial.h) ?? START_H);
  const ga = g % group.order,
    ha = h % group.order;
  const x = useRaster(SIZE);
  const result = useMemo(() => (x ? actionImages(group, ga, ha, x, SIZE) : null), [group, ga, ha, x]);
  const gh = group.compose(ga, ha);
  const L = (a: number) => <ElementLabel group={group} a={a} />;
  const viewsRef = useRef<HTMLDivElement>(null);

  return (
    <WidgetFrame
      name={NAME}
      title="The group acting on your drawing"
      purpose="Acting with h and then with g is the same as acting once with the product gh."
      wide
      exportRef={viewsRef}
      onReset={() => {
        setG(START_G);
        setH(START_H);
      }}
      linkDrawing
      linkParams={() => linkOf(LINK, { group: kind, g: group.label(ga), h: group.label(ha) })}
      help={
        <p>
          Draw something without symmetry above (the letter F is a good start). Try g = r, h = s and then g =
          s, h = r: the products differ, and so do the pictures, yet the last two pictures always agree pixel
          for pixel.
        </p>
      }
      controls={
        <>
          <GroupPicker group={group} sizes={[4]} onChange={(k) => setKind(k)} />
          <ElementPicker group={group} label="h (acts first)" value={ha} onChange={setH} />
          <ElementPicker group={group} label="g" value={ga} onChange={setG} />
        </>
      }
      readout={
        result && (
          <span className="action-readout" data-max-diff={String(result.difference)}>
            gh = {L(gh)}; max |g·(h·x) − (gh)·x| = {result.difference} over {SIZE}×{SIZE} pixels:{' '}
            {result.difference === 0 ? 'identical, exactly' : 'they differ'} (quarter turns and the mirror
            move pixel centres onto pixel centres, so each action is a permutation; computed on the CPU by the
            math core).
          </span>
        )
      }
    >
      <div className="action-views" ref={viewsRef}>
        <GrayCanvas name="x" image={x} size={SIZE} label="the input x" caption={<>x</>} />
        <GrayCanvas
          name="hx"
          image={result?.hx ?? null}
          size={SIZE}
          label={`h·x with h = ${group.label(ha)}`}
          caption={<>h·x = {L(ha)}·x</>}
        />
        <GrayCanvas
          name="ghx"
          image={result?.ghx ?? null}
          size={SIZE}
          label={`g·(h·x) with g = ${group.label(ga)}`}
          caption={
            <>
              g·(h·x) = {L(ga)}·({L(ha)}·x)
            </>
          }
        />
        <GrayCanvas
          name="ghOnce"
          image={result?.ghOnce ?? null}
          size={SIZE}
          label={`(gh)·x with gh = ${group.label(gh)}`}
          caption={<>(gh)·x = {L(gh)}·x</>}
        />
      </div>
    </WidgetFrame>
  );
}
