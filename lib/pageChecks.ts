/**
 * Mistakes that build a broken page without any error: each check returns messages naming the file,
 * so the unit tests catch them before a build.
 */
import {entryIdFormat, entryIds} from './entryIds';
import {sourceLocale} from '../src/i18n/locales';
import {headingIds, numbersIn, type Page} from './pages';

/** Ids of one component (`Term`, `Cite`) in the order the page uses them. */
export function refIds(body: string, component: 'Term' | 'Cite'): string[] {
  return [...body.matchAll(new RegExp(`<${component}\\s+id=["']([^"']+)["']`, 'g'))].map(
    (match) => match[1] ?? '',
  );
}

/** A page without `title` gets its file name as heading (`<h1>sphere</h1>`). */
export function titleIssues(page: Page): string[] {
  const {title} = page.frontMatter;
  return typeof title === 'string' && title.trim() !== ''
    ? []
    : [`${page.file}: front matter has no title: (the page would be headed by its file name)`];
}

/**
 * The footnotes are numbered in `sources:` order, so that list must be the order of first citation,
 * and a listed source nobody cites is a footnote without a reference.
 */
export function sourceOrderIssues(page: Page): string[] {
  const listed = page.frontMatter.sources;
  if (!Array.isArray(listed)) return [];
  const cited = [...new Set(refIds(page.body, 'Cite'))];
  const uncited = listed.filter((id) => !cited.includes(String(id)));
  const issues = uncited.map(
    (id) => `${page.file}: source "${String(id)}" is listed in sources: but never cited`,
  );
  const order = listed.map(String).filter((id) => cited.includes(id));
  if (uncited.length === 0 && order.join() !== cited.join()) {
    issues.push(
      `${page.file}: sources: must list sources in the order they are first cited: [${cited.join(', ')}]`,
    );
  }
  return issues;
}

/** Each id with its count, `id ×n`, sorted; equal lists mean the same multiset. */
function counted(ids: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => `${id} ×${count}`).sort();
}

/** A `<Term>` or `<Cite>` dropped or added on one side of a translated pair. */
export function refParityIssues(source: Page, translation: Page): string[] {
  return (['Term', 'Cite'] as const).flatMap((component) => {
    const mine = counted(refIds(translation.body, component));
    const theirs = counted(refIds(source.body, component));
    const extra = mine.filter((entry) => !theirs.includes(entry));
    const lacking = theirs.filter((entry) => !mine.includes(entry));
    return extra.length === 0 && lacking.length === 0
      ? []
      : [
          `${translation.file}: <${component}> ids differ from ${source.file}: ` +
            `has [${extra.join(', ')}], lacks [${lacking.join(', ')}]`,
        ];
  });
}

type TextEntries = Record<string, Record<string, unknown>>;

/**
 * Numbers in each text field of a translated data file (glossary.json, cases.json) must be the
 * Russian entry's numbers, as in the pages: a changed count or year on one side is a wrong fact.
 */
export function dataNumberIssues(
  source: {file: string; entries: TextEntries},
  translation: {file: string; locale: string; entries: TextEntries},
): string[] {
  return Object.entries(translation.entries).flatMap(([id, entry]) =>
    Object.entries(entry).flatMap(([field, text]) => {
      const original = source.entries[id]?.[field];
      if (field === 'source_hash' || typeof text !== 'string' || typeof original !== 'string') {
        return [];
      }
      const mine = numbersIn(text, translation.locale);
      const theirs = numbersIn(original, sourceLocale);
      return mine.join() === theirs.join()
        ? []
        : [
            `${translation.file}: id "${id}", field "${field}": numbers [${mine.join(', ')}] ` +
              `differ from ${source.file} [${theirs.join(', ')}]`,
          ];
    }),
  );
}

/** Pages whose every list entry is quoted by its id (`- {/* #event-2022-04-21 *\/} …`). */
export const entryIdPages = /^history\/timeline[^/]*\.mdx$/;

/**
 * Ids of a page's entries: on a timeline page every entry has one; on any page they are well formed,
 * unique, and none is also a heading's id (the link would open at whichever comes first).
 */
export function entryIdIssues(page: Page): string[] {
  const ids = entryIds(page.body);
  const headings = headingIds(page.body);
  const issues: string[] = [];
  ids.forEach((id, index) => {
    const entry = `${page.file}: entry ${index + 1}`;
    if (id === null) {
      if (entryIdPages.test(page.path)) issues.push(`${entry} has no id: open it with {/* #id */}`);
    } else if (!entryIdFormat.test(id)) {
      issues.push(`${entry}: id "${id}" must be lower-case Latin letters, digits and hyphens`);
    } else if (ids.indexOf(id) !== index) {
      issues.push(`${entry}: id "${id}" is already entry ${ids.indexOf(id) + 1}'s`);
    } else if (headings.includes(id)) {
      issues.push(`${entry}: id "${id}" is also a heading's id`);
    }
  });
  return issues;
}

/** A translated page's entries carry the source page's ids, in the same order. */
export function entryIdParityIssues(source: Page, translation: Page): string[] {
  const theirs = entryIds(source.body);
  const mine = entryIds(translation.body);
  const length = Math.max(theirs.length, mine.length);
  return Array.from({length}, (_, index) => index).flatMap((index) =>
    mine[index] === theirs[index]
      ? []
      : [
          `${translation.file}: entry ${index + 1} has the id ${JSON.stringify(mine[index] ?? 'nothing')}, ` +
            `${source.file} ${JSON.stringify(theirs[index] ?? 'nothing')}`,
        ],
  );
}
