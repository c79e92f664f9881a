/**
 * The page's entry, and all the script the first paint waits for: none. The window paints the frame index.html
 * draws (no stylesheet or script holds it back), and only then is the app fetched (start.tsx: React, Mantine and
 * its styles, the database, the catalogues), so that something is on screen at once however long the app takes
 * to load on a slow computer.
 */

/** Resolves after the next frame is painted, or after `limit` ms in a window that paints no frames (hidden). */
function afterNextPaint(limit: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limit);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  await afterNextPaint(100);
  // Before the app's modules make their zod schemas, which probe for eval unless told not to.
  await import('./zod-without-eval');
  const { start } = await import('./start');
  await start(container);
}

void main();
