/**
 * Cells that a spreadsheet would run as a formula when a CSV is opened: those starting with =, +, -, @, tab or
 * carriage return. Every CSV the app writes passes this to PapaParse's `escapeFormulae`, which then prefixes
 * such cells with an apostrophe. PapaParse's own `true` uses `^[=+\-@\t\r].*$`, which misses a cell that runs
 * over several lines; matching only the start does not.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV file as spreadsheets open it correctly: Excel reads a UTF-8 file as its local code page unless it
 * starts with a byte-order mark, which would garble Chinese names. The app's own importer skips the mark.
 */
export function forSpreadsheets(csv: string): string {
  return `\uFEFF${csv}`;
}
