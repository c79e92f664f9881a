/**
 * Cells that a spreadsheet would run as a formula when a CSV is opened: those starting with =, +, -, @, tab or
 * carriage return. Every CSV the app writes passes this to PapaParse's `escapeFormulae`, which then prefixes
 * such cells with an apostrophe. PapaParse's own `true` uses `^[=+\-@\t\r].*$`, which misses a cell that runs
 * over several lines; matching only the start does not.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
