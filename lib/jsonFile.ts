/**
 * JSON files read with their name and line in every error. `JSON.parse` alone says only
 * "at position 989", which a contributor cannot find in a file they cannot name; every reader of the
 * site's JSON (build, unit tests, translations tool) goes through here so all say the same thing.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

export class FileParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'FileParseError';
  }
}

/** 1-based line and column of a character offset in `text`. */
export function lineColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return {line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1};
}

/** Parses `text` as JSON; a syntax error becomes `file:line:column: invalid JSON: …`. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    // V8 gives "at position N" (and, in newer versions, "(line L column C)"); the offset is enough.
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? text.length : Number(position);
    const {line, column} = lineColumn(text, offset);
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '');
    throw new FileParseError(file, line, column, `invalid JSON: ${reason}`);
  }
}

/** Reads `file` (relative to `siteDir`) as JSON; undefined when it does not exist. */
export function readJsonFile(siteDir: string, file: string): unknown {
  const full = path.join(siteDir, file);
  if (!existsSync(full)) return undefined;
  return parseJsonText(readFileSync(full, 'utf8'), file);
}
