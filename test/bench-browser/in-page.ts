/**
 * What the benchmark puts into every page before the page's own scripts run: the time of the last input (a
 * pointer press or a key, as the person acts), the long tasks the browser reports, and `until`, which resolves
 * at the first frame painted after a condition on the page holds. "Painted" is the frame after the change: a
 * requestAnimationFrame callback, then a task, by which time the frame has been produced.
 *
 * Runs in the page: it must not close over anything of this module (Playwright sends its source).
 */
export interface BenchWindow {
  __bench: {
    /** performance.now() of the last pointerdown or keydown, in the capture phase (before the app hears it). */
    input: number;
    longTasks: { start: number; duration: number }[];
    until(check: () => boolean): Promise<number>;
    /** At `?bench=start`: when the trips list first showed 50 trips (the frame painted after). */
    tripsPainted?: Promise<number>;
  };
}

export function instrumentPage(): void {
  const bench = {
    input: 0,
    longTasks: [] as { start: number; duration: number }[],
    until(check: () => boolean): Promise<number> {
      return new Promise((resolve) => {
        let done = false;
        const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        const test = () => {
          if (done) return;
          let holds = false;
          try {
            holds = check();
          } catch {
            holds = false;
          }
          if (!holds) return;
          done = true;
          observer.disconnect();
          clearInterval(poll);
          painted();
        };
        const observer = new MutationObserver(test);
        // Polled too: a change that is not a DOM mutation (a download) is checked by the caller's condition.
        const poll = setInterval(test, 50);
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        test();
      });
    },
  };
  (window as unknown as BenchWindow).__bench = bench;
  if (new URLSearchParams(location.search).get('bench') === 'start') {
    (bench as BenchWindow['__bench']).tripsPainted = bench.until(() => document.querySelectorAll('table[aria-label="Trips"] tbody tr').length >= 50);
  }
  const noteInput = () => {
    bench.input = performance.now();
  };
  addEventListener('pointerdown', noteInput, true);
  addEventListener('keydown', noteInput, true);
  // A file chosen is the person's act too.
  addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') noteInput();
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figures say none.
  }
}
