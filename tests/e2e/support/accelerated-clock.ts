/**
 * An accelerated clock for long-meeting runs: `Date` runs ahead of real time by whatever the test
 * adds with `window.__tandemAdvanceClock(ms)`. Timers (`setTimeout`, `setInterval`) and
 * `performance.now()` stay real, so the UI keeps ticking and latencies are measured in real time,
 * while every timestamp the app stores and every timer it shows reads the accelerated time.
 */
export const ACCELERATED_CLOCK_SCRIPT = `(() => {
  const RealDate = Date;
  let offset = 0;
  const now = () => RealDate.now() + offset;
  class AcceleratedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  }
  globalThis.Date = AcceleratedDate;
  globalThis.__tandemAdvanceClock = (ms) => {
    offset += ms;
  };
})();`;

declare global {
  interface Window {
    __tandemAdvanceClock?: (ms: number) => void;
  }
}
