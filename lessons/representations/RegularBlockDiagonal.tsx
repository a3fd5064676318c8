// Widget 7: the regular representation ρ_reg(g) and the same matrix in the Fourier basis,
// Q^T ρ_reg(g) Q = ⊕ ρ(g) (regularDecomposition), with the irreducible blocks outlined.
import { useMemo, useRef } from 'react';
import { blockDiagonalAt, regularDecomposition, regularRepresentation } from '../../src/math';
import { matmul, maxAbsDiff, transpose } from '../../src/math/linalg';
import { useLink } from '../../src/state/link';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { useDisplayGroup, useSharedElement } from '../../src/ui/group/displayGroup';
import { ElementPicker, GroupPicker } from '../../src/ui/group/GroupPicker';
import { restoreSharedGroup, sharedGroupParams } from '../../src/ui/group/linkState';
import { blockLayout, maxOffBlock } from './blockStructure';
import { DivergingLegend } from '../../src/ui/plots/DivergingLegend';
import { Heatmap } from '../../src/ui/plots/MatrixHeatmap';
import './representations.css';

const NAME = 'regular-block-diagonal';
const TOLERANCE = 1e-12;

export function RegularBlockDiagonal() {
  // Its whole state, the group and g, lives in the page's shared store.
  useLink(NAME, undefined, { restore: restoreSharedGroup });
  const group = useDisplayGroup();
  const [g, setG] = useSharedElement(group);
  const { Q, blocks } = useMemo(() => regularDecomposition(group), [group]);
  const layout = useMemo(() => blockLayout(blocks), [blocks]);
  const reg = regularRepresentation(group).rho(g);
  const rotated = matmul(matmul(transpose(Q), reg), Q);
  const offBlock = maxOffBlock(rotated, layout);
  const vsIrreps = maxAbsDiff(rotated, blockDiagonalAt(blocks, g));
  const worst = Math.max(offBlock, vsIrreps);
  const viewsRef = useRef<HTMLDivElement>(null);

  return (
    <WidgetFrame
      name={NAME}
      title="The regular representation, taken apart"
      purpose={
        <>
          In the Fourier basis <Tex math="Q" /> every <Tex math="\rho_{\mathrm{reg}}(g)" /> becomes the same pattern of
          irreducible blocks.
        </>
      }
      wide
      exportRef={viewsRef}
      onReset={() => setG(1)}
      linkParams={() => sharedGroupParams(group, g)}
      help={
        <p>
          The columns of Q are sampled matrix entries of the irreps (the group&apos;s Fourier modes). Step g
          through the group: the left matrix is a different permutation each time, the right one always lives
          in the outlined blocks. Count the blocks: every irrep appears, the 2-dimensional ones of D_N twice.
        </p>
      }
      controls={
        <>
          <GroupPicker group={group} />
          <ElementPicker group={group} label="g" value={g} onChange={setG} />
        </>
      }
      readout={
        <span className="block-readout" data-off-block={String(offBlock)} data-max-diff={String(vsIrreps)}>
          Largest entry outside the blocks: {offBlock.toExponential(1)}; largest difference from ⊕ ρ(g):{' '}
          {vsIrreps.toExponential(1)}; tolerance {TOLERANCE} (
          {worst <= TOLERANCE ? 'block diagonal to round-off' : 'not block diagonal!'}). Blocks:{' '}
          {layout.map((b) => b.label).join(' ⊕ ')}. float64 on the CPU, math core.
        </span>
      }
    >
      <div className="rep-views" ref={viewsRef}>
        <Heatmap
          name="rho-reg"
          matrix={reg}
          caption={<Tex math={`\\rho_{\\mathrm{reg}}(${group.latex(g)})`} />}
          maxSide={256}
        />
        <Heatmap
          name="block-diagonal"
          matrix={rotated}
          blocks={layout}
          caption={
            <Tex
              math={`Q^{T}\\rho_{\\mathrm{reg}}(${group.latex(g)})\\,Q = \\bigoplus_\\rho \\rho(${group.latex(g)})`}
            />
          }
          maxSide={256}
        />
        <Heatmap name="fourier-basis" matrix={Q} caption={<>Fourier basis Q (columns)</>} maxSide={256} />
        <DivergingLegend maxAbs={1} label="matrix entries" />
      </div>
    </WidgetFrame>
  );
}
