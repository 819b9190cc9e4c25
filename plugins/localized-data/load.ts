/** Reads and validates the language-neutral data and one locale's text; throws naming file, id and field. */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {FileParseError, parseJsonText} from '../../lib/jsonFile';
import {siteData} from '../../src/data';
import {type DataIssue, DataValidationError} from '../../src/data/schema';
import {
  type LocaleTextFiles,
  type SiteData,
  textFileNames,
  textFilePath,
  validateLocaleText,
  validateSiteData,
} from '../../src/data/validate';

async function readJson(
  siteDir: string,
  file: string,
): Promise<{value: unknown} | {issue: DataIssue}> {
  let raw: string;
  try {
    raw = await readFile(path.join(siteDir, file), 'utf8');
  } catch {
    return {issue: {file, message: 'file is missing'}};
  }
  try {
    return {value: parseJsonText(raw, file)};
  } catch (error) {
    if (!(error instanceof FileParseError)) throw error;
    // formatIssue prefixes the file; the line and column follow it as `file:line:column`.
    return {issue: {file: `${file}:${error.line}:${error.column}`, message: error.reason}};
  }
}

export async function loadLocaleText(
  siteDir: string,
  locale: string,
  data: SiteData = siteData,
): Promise<LocaleTextFiles> {
  const read = await Promise.all(
    textFileNames.map((name) => readJson(siteDir, textFilePath(locale, name))),
  );
  const readIssues = read.flatMap((result) => ('issue' in result ? [result.issue] : []));
  if (readIssues.length > 0) throw new DataValidationError(readIssues);
  const [glossary, cases, figures, changelog] = read.map((result) =>
    'value' in result ? result.value : undefined,
  );
  const files: LocaleTextFiles = {glossary, cases, figures, changelog};
  const issues = [...validateSiteData(data), ...validateLocaleText(locale, files, data)];
  if (issues.length > 0) throw new DataValidationError(issues);
  return files;
}
