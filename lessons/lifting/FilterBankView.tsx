// Filter-bank view (Cohen & Welling 2016, efficient route, step 1): the filter ψ and its transformed copies
// L_g ψ for every element of the page's group, drawn straight from the lifting layer's bank on
// the engine. Pick a preset or paint ψ; the orientation ring on the page lifts with the same ψ.
import { useMemo, useRef, useState } from 'react';
import { isGridExact } from '../../src/layers';
import { planarGroup } from '../../src/math';
import { useEngine } from '../../src/state/engine';
import { applyGroupActionParams, groupActionStore, useGroupAction } from '../../src/state/groupAction';
import { useLink } from '../../src/state/link';
import { useSettings } from '../../src/state/settings';
import { useFrameLoop } from '../../src/ui/commuting/useFrameLoop';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { busyNote, readoutBusy } from '../../src/ui/frame/busy';
import { ColorLegend } from '../../src/ui/maps/ColorLegend';
import { useRenderers } from '../../src/ui/maps/useRenderers';
import { BankCopies } from './BankCopies';
import { BankReadout, type BankFrame } from './BankReadout';
import { copyNormRatios } from '../../src/experiments/ring/bankModel';
import { KernelControls } from './KernelControls';
import { KernelEditor } from './KernelEditor';
import { applyKernelParams, kernelLinkParams } from '../../src/ui/orientation/kernelLink';
import { kernelStore, useKernel } from '../../src/state/filter';
import { useBankLayer } from './useBankLayer';
import '../../src/ui/orientation/orientation.css';

// The group and ψ live in the page stores (the ring lifts with the same ψ), so a link restores them there.
function restore(p: URLSearchParams) {
  applyGroupActionParams(groupActionStore, p);
  applyKernelParams(kernelStore, p);
}

export function FilterBankView({
  title = 'The filter bank: every transformed copy of ψ',
}: {
  title?: string;
}) {
  useLink('filter-bank', undefined, { restore });
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const kind = useGroupAction((s) => s.kind);
  const n = useGroupAction((s) => s.n);
  const showFrameTime = useSettings((s) => s.showFrameTime);
  const K = useKernel((s) => s.size);
  const values = useKernel((s) => s.values);
  const source = useKernel((s) => s.source);
  const [paintValue, setPaintValue] = useState(1);
  const group = useMemo(() => planarGroup(kind, n), [kind, n]);
  const { layer, error } = useBankLayer(backend, group, K);
  const { register, renderer, redrawAll, canvasKey } = useRenderers(backend);
  const copiesRef = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState<BankFrame | null>(null);
  const range = Math.max(...values.map(Math.abs), 1e-6);

  useFrameLoop(async () => {
    if (!layer || !backend) return;
    const t0 = performance.now();
    layer.setParams({ weights: Float32Array.from(values) });
    await Promise.all(
      Array.from({ length: group.order }, (_, g) =>
        renderer(`copy-${g}`)?.draw(layer.bank, { plane: g, mode: 'diverging', range }),
      ),
    );
    const ratios = copyNormRatios(await backend.read(layer.bank), group.order);
    setFrame({ ratios, ms: performance.now() - t0, group: group.name, size: K, key: { layer, values } });
  }, [layer, values, backend, range]);

  const current = frame && frame.group === group.name && frame.size === K ? frame : null;
  // The bank the reader asked for (group and size through the layer, ψ's values); busy until drawn.
  const busy = readoutBusy({ layer, values }, current?.key, error);
  const s = kernelStore.getState();
  return (
    <WidgetFrame
      name="filter-bank"
      title={title}
      purpose={
        <>
          Step 1 of the efficient route: build <Tex math="L_g \psi" /> once for every element <Tex math="g" /> of{' '}
          {group.name}; step 2 is one planar correlation with all of them.
        </>
      }
      wide
      onReset={() => s.setPreset('edge')}
      exportRef={copiesRef}
      beforeExport={redrawAll}
      linkParams={() => ({ group: `${kind}${n}`, ...kernelLinkParams(kernelStore.getState()) })}
      controls={
        <KernelControls source={source} size={K} paintValue={paintValue} onPaintValue={setPaintValue} />
      }
      help={
        <p>
          Paint ψ by clicking and dragging over the cells (the paint value sets what a cell becomes), or pick
          a preset. With C4 and D4 each copy is the same numbers moved around; with C8 the 45° copies are
          interpolated and their norm drifts. The centre-surround preset looks the same in every copy.
        </p>
      }
      readout={
        <BankReadout
          frame={current}
          group={group}
          gridExact={isGridExact(group)}
          kernelSize={K}
          backend={snapshot?.info ?? null}
          showFrameTime={showFrameTime}
          error={error}
          busy={busy}
          note={busyNote(`the ${group.order} copies of ψ in ${group.name}`)}
        />
      }
    >
      <div className="bank-layout">
        <figure className="bank-editor">
          <KernelEditor size={K} values={values} paintValue={paintValue} onCell={s.setCell} />
          <figcaption>ψ (hatched cells fall outside the disk and are masked)</figcaption>
        </figure>
        <BankCopies
          ref={copiesRef}
          group={group}
          kernelSize={K}
          canvasKey={`${canvasKey}-${K}`}
          register={register}
          ratios={current?.ratios ?? null}
        />
      </div>
      <div className="legends">
        <ColorLegend mode="diverging" range={range} label="filter values" />
      </div>
    </WidgetFrame>
  );
}
