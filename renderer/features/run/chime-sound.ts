/**
 * The chime itself, made with Web Audio: a sine tone with a gentle gain envelope (a soft attack
 * and a long fade), no sound file. Two minutes left sounds one high tone; zero a lower, longer one.
 * Where Web Audio is missing, nothing sounds.
 */
import type { ChimeThreshold } from '../../domain/chime';

const TONES: Record<ChimeThreshold, { frequency: number; seconds: number }> = {
  'two-minutes': { frequency: 880, seconds: 1.2 },
  zero: { frequency: 587.33, seconds: 2 },
};

let shared: AudioContext | undefined;

function audioContext(): AudioContext | undefined {
  if (shared) return shared;
  const Context = typeof window === 'undefined' ? undefined : window.AudioContext;
  if (typeof Context !== 'function') return undefined;
  shared = new Context();
  return shared;
}

/** Sounds the chime for `threshold` at `volume` (0–100). */
export function playChime(threshold: ChimeThreshold, volume: number): void {
  const context = audioContext();
  if (!context || volume <= 0) return;
  // Kept: a context created before any gesture starts suspended; resuming may be refused.
  if (context.state === 'suspended') context.resume().catch(() => undefined);
  const { frequency, seconds } = TONES[threshold];
  const start = context.currentTime;
  const peak = 0.4 * (volume / 100);
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.setValueAtTime(frequency, start);
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(peak, start + 0.05);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
  oscillator.connect(gain);
  gain.connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + seconds + 0.05);
}

/** For tests: forgets the shared context, so a fake one is picked up. */
export function resetChimeContext(): void {
  shared = undefined;
}
