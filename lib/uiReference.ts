/**
 * Every UI string a translation needs, with its Russian default: the `translate()`/`<Translate>`
 * calls in src/, the search theme's strings in i18n/ru/code.json, and the navbar, footer and sidebar
 * labels of the config. This is what `docusaurus write-translations` would extract, read without
 * running a build, so the status report takes a second.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import config from '../docusaurus.config';
import {localeInfo, sourceLocale} from '../src/i18n/locales';
import sidebars from '../sidebars';
import {readJsonFile} from './jsonFile';

export interface UiString {
  /** File under i18n/<locale>/. */
  readonly file: string;
  readonly id: string;
  readonly message: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Braces nested three deep, as in `values={{text: <time dateTime={date}>…</time>}}`. */
const braces = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;
/**
 * Each `<Translate id="…" …>children</Translate>`, its attributes' `>` inside braces skipped. Matched
 * from every opening tag, so that one nested in another's `values` is found too.
 */
function translateElements(code: string): RegExpExecArray[] {
  return [...code.matchAll(/<Translate\s+id="/g)].flatMap(({index}) => {
    const element = new RegExp(
      String.raw`<Translate\s+id="([^"]+)"(?:[^>{]|${braces})*>([\s\S]*?)<\/Translate>`,
      'y',
    );
    element.lastIndex = index;
    const match = element.exec(code);
    return match ? [match] : [];
  });
}

/** A `<Translate>`'s text: children written as a string expression (`{'…{original}…'}`) unwrapped. */
const jsxText = (children: string) =>
  /^\s*\{\s*(['"`])([\s\S]*)\1\s*\}\s*$/.exec(children)?.[2] ?? children;

function sourceStrings(siteDir: string): UiString[] {
  const dir = path.join(siteDir, 'src');
  const files = readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((file) =>
    file.endsWith('.tsx'),
  );
  return files.flatMap((file) => {
    const code = readFileSync(path.join(dir, file), 'utf8');
    const calls = [
      ...code.matchAll(
        /translate\(\s*\{\s*id:\s*'([^']+)',\s*message:\s*(?:'([^']*)'|\n?\s*'([^']*)')/g,
      ),
    ].map((match) => ({id: match[1] ?? '', message: match[2] ?? match[3] ?? ''}));
    const elements = translateElements(code).map((match) => ({
      id: match[1] ?? '',
      message: collapse(jsxText(match[2] ?? '')),
    }));
    return [...calls, ...elements].map((entry) => ({file: 'code.json', ...entry}));
  });
}

function russianOverrides(siteDir: string): UiString[] {
  const overrides = (readJsonFile(siteDir, 'i18n/ru/code.json') ?? {}) as Record<
    string,
    {message: string}
  >;
  return Object.entries(overrides).map(([id, {message}]) => ({file: 'code.json', id, message}));
}

interface LabelledItem {
  readonly label?: string;
  readonly title?: string;
  readonly items?: readonly LabelledItem[];
}

function themeStrings(): UiString[] {
  const themeConfig = config.themeConfig as {
    navbar: {title: string; items: LabelledItem[]};
    footer: {links: LabelledItem[]; copyright: string};
  };
  const navbar = [
    // Not `themeConfig.navbar.title`: the config is loaded for the locale being built, whose own
    // title would then count as "identical to the source" in that locale's status page only.
    {id: 'title', message: localeInfo(sourceLocale).title},
    ...themeConfig.navbar.items.flatMap((item) =>
      item.label ? [{id: `item.label.${item.label}`, message: item.label}] : [],
    ),
  ].map((entry) => ({file: 'docusaurus-theme-classic/navbar.json', ...entry}));
  const footer = [
    ...themeConfig.footer.links.flatMap((column) => [
      {id: `link.title.${column.title}`, message: column.title ?? ''},
      ...(column.items ?? []).map((item) => ({
        id: `link.item.label.${item.label}`,
        message: item.label ?? '',
      })),
    ]),
    {id: 'copyright', message: themeConfig.footer.copyright},
  ].map((entry) => ({file: 'docusaurus-theme-classic/footer.json', ...entry}));
  const categories = Object.entries(sidebars).flatMap(([sidebar, items]) =>
    (items as readonly unknown[]).flatMap((item) => {
      const {key, label} = (typeof item === 'object' && item !== null ? item : {}) as {
        key?: string;
        label?: string;
      };
      return key && label
        ? [
            {
              file: 'docusaurus-plugin-content-docs/current.json',
              id: `sidebar.${sidebar}.category.${key}`,
              message: label,
            },
          ]
        : [];
    }),
  );
  return [...navbar, ...footer, ...categories];
}

export function uiReference(siteDir: string): UiString[] {
  const all = [...sourceStrings(siteDir), ...russianOverrides(siteDir), ...themeStrings()];
  // One entry per file and id: the same id may be used in two components.
  return [...new Map(all.map((entry) => [`${entry.file}\0${entry.id}`, entry])).values()];
}
