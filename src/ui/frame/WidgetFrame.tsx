// The chrome every widget shares: title and purpose, controls row, views, readout
// line, actions (reset, export PNG, copy link) and a help toggle.
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { drawingStore } from '../../state/drawing';
import { encodeDrawing, restoreLinkedDrawing } from '../../state/drawingLink';
import { useLink } from '../../state/link';
import { permalink } from '../../state/permalink';

import { exportElementAsImage } from './exportImage';
import { usePresentation } from './usePresentation';

export interface WidgetFrameProps {
  /** Stable id used in test selectors and export file names, e.g. 'drawing-canvas'. */
  name: string;
  title: string;
  /** One sentence; a node, so math in it can be typeset (<Tex />). */
  purpose: ReactNode;
  controls?: ReactNode;
  children: ReactNode;
  readout?: ReactNode;
  help?: ReactNode;
  onReset?: () => void;
  /** The element whose picture "Export" saves: a canvas as PNG, an SVG as SVG, a container of map
   *  canvases as one composed PNG. */
  exportRef?: RefObject<HTMLElement | SVGSVGElement | null>;
  /** Runs right before an export, in the same task: redraw WebGPU canvases (useRenderers().redrawAll). */
  beforeExport?: () => void;
  /** URL hash parameters that reproduce this widget's state, for "Copy link". The widget restores
   *  them with useLink (src/state/link) when they mount; the frame restores the drawing. */
  linkParams?: () => Record<string, string> | Promise<Record<string, string>>;
  /** The link also carries the page's drawing (for widgets that compute on it). */
  linkDrawing?: boolean;
  /** Tells apart widgets of one name on a page (their links carry it as `of`). */
  instance?: string;
  wide?: boolean;
}

export function WidgetFrame(props: WidgetFrameProps) {
  const helpId = useId();
  const [helpOpen, setHelpOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const { linkParams, name, instance } = props;
  const sectionRef = useRef<HTMLElement>(null);
  const presentation = usePresentation(sectionRef);
  // A link to this widget that carries a drawing brings it along, whatever the widget.
  const link = useLink(name, undefined, {
    instance,
    restore: (params) => {
      const drawing = params.get('drawing');
      if (props.linkDrawing && drawing !== null) void restoreLinkedDrawing(drawing);
    },
  });
  const linked = linkParams !== undefined && link.linked;

  // A shared link brings the reader to the widget it was copied from, not the top of the lesson.
  useEffect(() => {
    if (!linked) return;
    const land = () => sectionRef.current?.scrollIntoView({ block: 'start' });
    land();
    // Widgets above may still grow as they load (maps, math), so land once more, unless the
    // reader has started to scroll.
    const again = setTimeout(land, 800);
    const cancel = () => clearTimeout(again);
    const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    events.forEach((e) => window.addEventListener(e, cancel, { once: true }));
    return () => {
      cancel();
      events.forEach((e) => window.removeEventListener(e, cancel));
    };
  }, [linked]);

  const copyLink = async () => {
    const params = { ...(await linkParams?.()) };
    if (props.linkDrawing) params.drawing = await encodeDrawing(drawingStore.getState().doc);
    const url = permalink(name, params, instance);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      window.prompt('Copy this link:', url);
    }
  };

  return (
    <section
      ref={sectionRef}
      className={`widget${props.wide ? ' widget-wide' : ''}${linked ? ' widget-linked' : ''}`}
      data-widget={name}
      data-instance={instance}
      aria-labelledby={`${helpId}-title`}
    >
      <header className="widget-head">
        <h3 id={`${helpId}-title`}>{props.title}</h3>
        <p className="widget-purpose">{props.purpose}</p>
      </header>
      {presentation.presenting && (
        <p className="widget-present-keys">
          ← → step through the group · space plays · Esc leaves full screen
        </p>
      )}
      {props.controls && <div className="widget-controls">{props.controls}</div>}
      <div className="widget-views">{props.children}</div>
      {props.readout && (
        <div className="widget-readout" aria-live="polite">
          {props.readout}
        </div>
      )}
      <footer className="widget-actions">
        {props.onReset && <button onClick={props.onReset}>Reset</button>}
        {props.exportRef && (
          <button
            onClick={() => {
              const el = props.exportRef?.current;
              if (!el) return;
              props.beforeExport?.();
              exportElementAsImage(el, props.name);
            }}
          >
            Export
          </button>
        )}
        {linkParams && <button onClick={copyLink}>{copied ? 'Link copied' : 'Copy link'}</button>}
        {presentation.supported && (
          <button onClick={presentation.toggle} aria-pressed={presentation.presenting}>
            {presentation.presenting ? 'Exit full screen' : 'Full screen'}
          </button>
        )}
        {props.help && (
          <button
            aria-expanded={helpOpen}
            aria-controls={`${helpId}-help`}
            onClick={() => setHelpOpen((o) => !o)}
          >
            {helpOpen ? 'Hide help' : 'Help'}
          </button>
        )}
      </footer>
      {props.help && helpOpen && (
        <div id={`${helpId}-help`} className="widget-help">
          {props.help}
        </div>
      )}
    </section>
  );
}
