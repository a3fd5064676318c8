// Pointer-event handlers (mouse, touch, pen) that turn drags on an element into rotations.
import { useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { matmul } from '../../src/math/linalg';
import { applyDrag, keyRotation, type ScreenFrame } from './trackball';

const KEY_STEP = Math.PI / 18;

export function useTrackball(
  frame: ScreenFrame,
  radius: number,
  rotation: Matrix,
  onRotate: (r: Matrix) => void,
) {
  const last = useRef<{ x: number; y: number } | null>(null);
  // Several pointer events can arrive before React re-renders: compose onto the latest rotation.
  const current = useRef(rotation);
  useLayoutEffect(() => {
    current.current = rotation;
  }, [rotation]);
  const rotate = (r: Matrix) => {
    current.current = r;
    onRotate(r);
  };
  return {
    onPointerDown(e: PointerEvent<HTMLElement | SVGElement>) {
      // No text selection or native drag: either would cancel the pointer stream mid-drag.
      e.preventDefault();
      e.currentTarget.focus({ preventScroll: true, focusVisible: false }); // keys work next, without a focus ring for a mouse
      e.currentTarget.setPointerCapture(e.pointerId);
      last.current = { x: e.clientX, y: e.clientY };
    },
    onPointerMove(e: PointerEvent<Element>) {
      if (!last.current) return;
      const dx = e.clientX - last.current.x;
      const dy = e.clientY - last.current.y;
      last.current = { x: e.clientX, y: e.clientY };
      if (dx !== 0 || dy !== 0) rotate(applyDrag(current.current, frame, dx, dy, radius));
    },
    onPointerUp() {
      last.current = null;
    },
    onPointerCancel() {
      last.current = null;
    },
    onKeyDown(e: KeyboardEvent<Element>) {
      const r = keyRotation(frame, e.key, KEY_STEP);
      if (!r) return;
      e.preventDefault();
      rotate(matmul(r, current.current));
    },
  };
}
