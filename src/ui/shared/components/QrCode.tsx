/**
 * A QR code a phone's camera reads: an image of an SVG drawn from `qrcode`'s modules, as a data: address (the
 * content policy allows data: images and no inline script, and a printed page keeps an image crisp at any size).
 * It is drawn at once, with its size fixed, so that a page laid out by Paged.js never measures it half drawn.
 */
import { create } from 'qrcode';
import { useMemo } from 'react';

/** Modules of light margin around the code: the quiet zone readers need. */
const QUIET_ZONE = 4;

/** The SVG of `text`'s QR code, one unit per module, black on white with its quiet zone. */
export function qrCodeSvg(text: string): string {
  // M: a code that still reads with a fold or a smudge on paper, and is small enough for a long address.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size + 2 * QUIET_ZONE;
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let start = -1;
    for (let column = 0; column <= modules.size; column += 1) {
      const dark = column < modules.size && modules.get(row, column) === 1;
      if (dark && start === -1) start = column;
      if (!dark && start !== -1) {
        runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h${start - column}z`);
        start = -1;
      }
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">`,
    `<rect width="${size}" height="${size}" fill="#fff"/>`,
    `<path fill="#000" d="${runs.join('')}"/>`,
    '</svg>',
  ].join('');
}

/** The QR code of `text` as an image: `label` says what it holds to those who cannot see it. */
export function QrCode({ text, label, size, className }: { text: string; label: string; size: number | string; className?: string }) {
  const source = useMemo(() => `data:image/svg+xml;base64,${btoa(qrCodeSvg(text))}`, [text]);
  return <img src={source} alt={label} width={size} height={size} className={className} style={{ imageRendering: 'pixelated' }} />;
}
