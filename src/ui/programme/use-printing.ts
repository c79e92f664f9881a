/**
 * Whether the page is being printed. A windowed list draws only what is on screen; on paper it must be whole.
 * The browser says so before it lays the page out for print (`beforeprint`, and a `print` media query that also
 * answers to an emulated print medium), and the screen's own Print button says so before it asks: the list is
 * drawn whole synchronously (flushSync), so that the layout printed is the whole programme, and goes back to its
 * window when printing ends.
 */
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

function printMedia(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
}

export function usePrinting(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const media = printMedia();
    const changed = (event: MediaQueryListEvent) => (event.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', changed);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', changed);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return { printing, print };
}
