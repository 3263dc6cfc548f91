/**
 * A ticking clock for displays: the current instant as an ISO string, refreshed every
 * `intervalMs` while `ticking`. Only the components that show a running time call it, so a tick
 * re-renders a timer, never a whole screen. Timers themselves are derived from stored timestamps
 * and this `now`. While nothing ticks the value may be old; callers then show only what needs no clock.
 */
import { useEffect, useState } from 'react';
import type { Timestamp } from '../domain/types';

export function useNow(intervalMs = 1000, ticking = true): Timestamp {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(new Date().toISOString()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs, ticking]);
  return now;
}
