/**
 * Text for a cell of a CSV or XLSX export that a spreadsheet must not run as a formula: text that
 * starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe (OWASP's advice for
 * CSV injection). Numbers are not text and stay as they are. The one rule for every export.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
