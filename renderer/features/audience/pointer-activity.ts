/**
 * Whether the pointer moved over the wall a moment ago: the wall's own controls (full screen,
 * leave the presentation) show only then and fade after a short idle, so the room sees nothing
 * but what is projected.
 */
import { useEffect, useState } from 'react';

/** How long the controls stay after the pointer stops. */
export const POINTER_IDLE_MS = 2500;

export function usePointerActive(idleMs = POINTER_IDLE_MS): boolean {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const moved = () => {
      setActive(true);
      clearTimeout(timer);
      timer = setTimeout(() => setActive(false), idleMs);
    };
    window.addEventListener('pointermove', moved);
    window.addEventListener('pointerdown', moved);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', moved);
      window.removeEventListener('pointerdown', moved);
    };
  }, [idleMs]);
  return active;
}
