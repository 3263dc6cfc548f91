/**
 * The current instant, re-read every second while `ticking`, so a running talk time counts up.
 * While nothing ticks the value may be old; only finished turns are summed then, which need no clock.
 */
import { useEffect, useState } from 'react';
import type { Timestamp } from '../../../domain/types';

export function useNow(ticking: boolean): Timestamp {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(new Date().toISOString()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return now;
}
