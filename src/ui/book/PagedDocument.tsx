/**
 * A document laid out as pages, on screen as on paper, by Paged.js: the CSS of paged media that Chromium does
 * not do itself (a table of contents with page numbers through `target-counter`), on top of what it does (the
 * page box, running heads and page numbers). The document is drawn by React into a source off screen; once it
 * is `ready` (its map drawn), Paged.js lays a copy of it out into pages, which are what is shown and printed.
 *
 * Layouts run one at a time: Paged.js cannot be stopped half way, so a change while one runs waits for it to
 * end, then lays the document out again.
 */
import { Loader, Text } from '@mantine/core';
import { Previewer } from 'pagedjs';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { standaloneDocument } from './standalone-document';

/** How long the document must stay unchanged before it is laid out (a list loading, a map being drawn). */
const SETTLE_MS = 250;

/** A document as laid out: its number of pages, and the pages as a web page of their own. */
export interface LaidOutDocument {
  pages: number;
  standalone(title: string, language: string): string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function PagedDocument({
  css,
  ready,
  layingOut,
  laidOut,
  layoutKey,
  onLaidOut,
  children,
}: {
  /** The document's stylesheet, page box included. */
  css: string;
  /** Whether the source is complete (an asynchronously drawn map, say); asked until it says yes. */
  ready: (source: HTMLElement) => boolean;
  /** Said while the pages are laid out. */
  layingOut: string;
  /** Said once they are, with their number: "12 pages". */
  laidOut: (pages: number) => string;
  /** Changes when the document does: it is then laid out again. */
  layoutKey: unknown;
  /** Called each time the pages are laid out and shown. */
  onLaidOut?: (laid: LaidOutDocument) => void;
  children: ReactNode;
}) {
  const sourceRef = useRef<HTMLDivElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const running = useRef<Promise<unknown>>(Promise.resolve());
  const previewer = useRef<Previewer | null>(null);
  // How many pages the document has, as last laid out; not yet when that was another version of it.
  const laidOutListener = useRef(onLaidOut);
  useEffect(() => {
    laidOutListener.current = onLaidOut;
  }, [onLaidOut]);
  const [laid, setLaid] = useState<{ key: unknown; css: string; pages: number } | null>(null);
  const pages = laid !== null && laid.key === layoutKey && laid.css === css ? laid.pages : null;

  useEffect(() => {
    let cancelled = false;
    const layOut = async () => {
      await pause(SETTLE_MS);
      const source = sourceRef.current;
      const target = pagesRef.current;
      if (cancelled || !source || !target) return;
      while (!ready(source)) {
        await pause(100);
        if (cancelled) return;
      }
      previewer.current?.polisher.destroy();
      const into = document.createElement('div');
      // Paged.js measures as it lays out, so the pages go straight into the document.
      target.replaceChildren(into);
      previewer.current = new Previewer();
      const { polisher } = previewer.current;
      const flow = await previewer.current.preview(source.innerHTML, [{ [`${location.origin}/book.css`]: css }], into);
      if (cancelled) return;
      setLaid({ key: layoutKey, css, pages: flow.total });
      laidOutListener.current?.({
        pages: flow.total,
        standalone: (title, language) => standaloneDocument({ pages: target, pagedStyles: [...polisher.inserted, polisher.styleEl], title, language }),
      });
    };
    running.current = running.current.then(layOut).catch((error: unknown) => {
      console.error(error);
    });
    return () => {
      cancelled = true;
    };
  }, [layoutKey, css, ready]);

  // The styles Paged.js put in the document go with it.
  useEffect(() => () => void running.current.then(() => previewer.current?.polisher.destroy()), []);

  return (
    <>
      <div ref={sourceRef} className="paged-source" aria-hidden>
        {children}
      </div>
      <Text className="no-print" c="dimmed" size="sm" role="status" mb="sm">
        {pages === null ? (
          <>
            <Loader size="xs" mr={8} />
            {layingOut}
          </>
        ) : (
          laidOut(pages)
        )}
      </Text>
      <div ref={pagesRef} className="paged-pages" />
    </>
  );
}
