/**
 * `npm run translations:add-locale -- <code>`: a new language in one command. It adds the row to
 * src/i18n/locales.ts (the one list of the site's languages), writes the data texts and the UI
 * strings under i18n/<code>/ as the Russian text, which the site shows until each is translated and
 * which the status counts as missing, so the status is honest from the first minute and the site
 * builds at once: pages fall back to Russian with the notice (plugins/translation-status).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {figureTextKeys, pluralKeys} from '../../src/data/schema';
import {textFileNames, textFilePath} from '../../src/data/validate';
import {isLocale, localeCodes, localeInfo, sourceLocale} from '../../src/i18n/locales';
import {readJsonFile} from '../../lib/jsonFile';
import {uiReference} from '../../lib/uiReference';

const localesFile = 'src/i18n/locales.ts';
const tableEnd = '} as const satisfies Record<string, LocaleInfo>;';

/** A language tag as Docusaurus and the browsers take it: `uk`, `pt-BR`, `sr-Latn`; not one already there. */
export function checkLocaleCode(code: string): void {
  if (!/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/.test(code)) {
    throw new Error(
      `"${code}" is not a language code: use a BCP 47 tag such as uk, pt-BR or sr-Latn (language in lower case, region in upper case)`,
    );
  }
  if (isLocale(code)) {
    throw new Error(
      `${localesFile}: "${code}" is already a language of the site (${localeCodes.join(', ')})`,
    );
  }
  if (Intl.PluralRules.supportedLocalesOf([code]).length === 0) {
    throw new Error(
      `"${code}": this Node.js knows no plural rules for it, so counts could not be written in it`,
    );
  }
}

/** The row for `code`: its own name for the language switch; the rest to translate or review. */
function localeRow(code: string): string {
  const name = new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code;
  const label = name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  const source = localeInfo(sourceLocale);
  return [
    `  // Added by translations:add-locale. Translate title and tagline; quickExitUrl is the Russian`,
    `  // row's, reachable in Russia: change it only for a site as neutral and as reachable there.`,
    `  '${code}': {`,
    `    label: ${JSON.stringify(label)},`,
    `    htmlLang: '${code}',`,
    `    title: ${JSON.stringify(source.title)},`,
    `    tagline: ${JSON.stringify(source.tagline)},`,
    `    quickExitUrl: ${JSON.stringify(source.quickExitUrl)},`,
    `  },`,
  ].join('\n');
}

function addRow(siteDir: string, code: string): void {
  const file = path.join(siteDir, localesFile);
  const table = readFileSync(file, 'utf8');
  if (!table.includes(tableEnd))
    throw new Error(`${localesFile}: cannot find the end of the table ("${tableEnd}")`);
  writeFileSync(file, table.replace(tableEnd, `${localeRow(code)}\n${tableEnd}`));
  // In the house style (unquoted keys where possible…), so that the lint step passes as it was.
  spawnSync('npx', ['prettier', '--write', localesFile], {cwd: siteDir, stdio: 'ignore'});
}

const writeJson = (siteDir: string, file: string, value: unknown) => {
  mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
  writeFileSync(path.join(siteDir, file), `${JSON.stringify(value, null, 2)}\n`);
};

/** The data texts as the Russian text, without the hashes a translation records. */
function writeDataFiles(siteDir: string, code: string): string[] {
  return textFileNames.map((name) => {
    const russian = (readJsonFile(siteDir, textFilePath(sourceLocale, name)) ?? {}) as Record<
      string,
      unknown
    >;
    let text: Record<string, unknown>;
    if (name === 'figures') {
      // The language's own plural forms, each the Russian form of the same category, or `other`.
      const forms = pluralKeys('people', code).map((key) => [
        key,
        russian[key] ?? russian['people_other'],
      ]);
      text = Object.fromEntries([...figureTextKeys.map((key) => [key, russian[key]]), ...forms]);
    } else {
      text = Object.fromEntries(
        Object.entries(russian).map(([id, entry]) => {
          const {source_hash: _ignored, ...texts} = entry as Record<string, unknown>;
          return [id, texts];
        }),
      );
    }
    const file = textFilePath(code, name);
    writeJson(siteDir, file, text);
    return file;
  });
}

/**
 * The UI files as Docusaurus's write-translations makes them (the theme's own strings in the
 * language, where the theme has them), then every string the status tracks set to its Russian text:
 * write-translations leaves some in English (the search theme's), which would count as translated.
 */
function writeUiFiles(siteDir: string, code: string): string[] {
  const run = spawnSync('npx', ['docusaurus', 'write-translations', '--locale', code], {
    cwd: siteDir,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(
      `docusaurus write-translations --locale ${code} failed:\n${run.stderr || run.stdout}`,
    );
  }
  const files = new Map<string, Record<string, {message: string; description?: string}>>();
  for (const {file, id, message} of uiReference(siteDir)) {
    const name = `i18n/${code}/${file}`;
    const strings =
      files.get(name) ?? ((readJsonFile(siteDir, name) ?? {}) as Record<string, {message: string}>);
    strings[id] = {...strings[id], message};
    files.set(name, strings);
  }
  for (const [file, strings] of files) writeJson(siteDir, file, strings);
  return [...files.keys()].sort();
}

/** Adds the language; returns the files written, for the report. Refuses to overwrite i18n/<code>/. */
export function addLocale(siteDir: string, code: string): string[] {
  checkLocaleCode(code);
  if (existsSync(path.join(siteDir, 'i18n', code))) {
    throw new Error(
      `i18n/${code}/ already exists: remove it, or add the row to ${localesFile} by hand`,
    );
  }
  addRow(siteDir, code);
  return [localesFile, ...writeDataFiles(siteDir, code), ...writeUiFiles(siteDir, code)];
}
