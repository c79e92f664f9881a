/** The part of Paged.js (pagedjs, which ships no types) the book uses. */
declare module 'pagedjs' {
  export interface Flow {
    total: number;
    performance: number;
  }
  export class Previewer {
    constructor(options?: Record<string, unknown>);
    polisher: { destroy(): void; /** The style elements it put in the document. */ inserted: HTMLStyleElement[]; /** Where it adds rules as it lays out (the contents' page numbers). */ styleEl: HTMLStyleElement };
    chunker: { destroy(): void };
    preview(content: string | DocumentFragment, stylesheets: (string | Record<string, string>)[], renderTo: Element): Promise<Flow>;
  }
}
