/**
 * Counts the publishers named in the running text of each page (issue #17: an encyclopedia states
 * the fact and leaves the source to the footnote; at most 25 names a locale). Running text is the
 * page's body as a reader sees it (pages.ts `proseOf`): no front matter, no `<Cite>` or other tags,
 * no link targets. The sources page, a list of sources, is left out. Shared by
 * `npm run content:publishers` (scripts/publisher-mentions.ts) and tests/unit/publisher-mentions.test.ts.
 */
import {sources} from '../src/data/sources';
import {listPages, proseOf, readPage} from './pages';
import {type Publisher, publisherNames, subjectPublishers} from './publisherNames';

/** The most publisher names a locale's running text may hold. */
export const publisherMentionLimit = 25;

/** Pages that list sources rather than state facts. */
const sourceListPages = new Set(['sources.mdx']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern a publisher, matching any of its names as a whole word. */
function publisherPatterns(): readonly (readonly [Publisher, RegExp])[] {
  const publishers = [...new Set(sources.map((source): Publisher => source.publisher))];
  return publishers
    .filter((publisher) => !subjectPublishers.includes(publisher))
    .map((publisher) => {
      const names = publisherNames[publisher] ?? [escape(publisher)];
      return [publisher, new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}])`, 'gu')];
    });
}

export interface Mention {
  readonly publisher: Publisher;
  /** The words as written («Википедии»). */
  readonly text: string;
}

/** Each publisher named in `prose`, in the order of the publishers' first source. */
export function mentionsIn(prose: string): Mention[] {
  return publisherPatterns().flatMap(([publisher, pattern]) =>
    [...prose.matchAll(pattern)].map(([text]) => ({publisher, text})),
  );
}

export interface PageMentions {
  /** Path relative to the site, for messages. */
  readonly file: string;
  readonly mentions: readonly Mention[];
}

/** Every page of `locale` with the publishers its running text names, sources page aside. */
export function publisherMentions(locale: string): PageMentions[] {
  return listPages(locale)
    .filter((path) => !sourceListPages.has(path))
    .map((path) => {
      const page = readPage(locale, path);
      return {file: page.file, mentions: mentionsIn(proseOf(page.body))};
    });
}
