/**
 * CSV as spreadsheets read it (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote or
 * line break). It starts with a byte-order mark: without one, Excel on Windows reads the file in the
 * system's ANSI code page and turns every Cyrillic name into mojibake; LibreOffice, Google Sheets,
 * R's readr and pandas (`encoding="utf-8-sig"`, or the default, which skips it) all accept it.
 */
import type {Cell, DataTable} from './tables';

export const byteOrderMark = '\uFEFF';
/** Joins a list in one cell; ` | ` appears in no name or id, unlike `,` or `;`. */
export const listSeparator = ' | ';

function field(cell: Cell): string {
  const text =
    cell === null
      ? ''
      : Array.isArray(cell)
        ? cell.join(listSeparator)
        : String(cell as string | number);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv({columns, rows}: DataTable): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? null))];
  return (
    byteOrderMark +
    lines.map((cells) => cells.map((cell) => field(cell)).join(',')).join('\r\n') +
    '\r\n'
  );
}
