/**
 * The changelog (src/data/changelog.ts) in one locale, as the "What's new" page and the Atom feeds
 * show it: newest first, text rendered, dates written as the locale writes them, each page named by
 * its title and address. One function for both, so the page and the feeds cannot disagree.
 */
import type {TFunction} from 'i18next';
import {changelog} from '../../src/data/changelog';
import {DataValidationError} from '../../src/data/schema';
import {changelogPageIssues} from '../../src/data/validate';
import {siteData} from '../../src/data';
import {formatSourceDate} from '../../src/i18n/sourceDate';
import type {ChangeText} from './clientData';

/** A doc as the docs plugin loads it: what a change's page links need. */
export interface ChangelogDoc {
  readonly id: string;
  readonly permalink: string;
  readonly title: string;
}

export function changelogText(
  locale: string,
  t: TFunction,
  docs: readonly ChangelogDoc[],
): ChangeText[] {
  const issues = changelogPageIssues(
    siteData.changelog,
    docs.map((doc) => doc.id),
  );
  if (issues.length > 0) throw new DataValidationError(issues);
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  return (
    changelog
      .map((entry) => ({
        id: entry.id,
        date: entry.date,
        dateText: formatSourceDate(entry.date, locale),
        kind: entry.kind,
        title: t(`changelog.${entry.id}.title`),
        summary: t(`changelog.${entry.id}.summary`),
        pages: entry.pages.map((page) => {
          const {permalink, title} = byId.get(page) as ChangelogDoc; // checked above
          return {permalink, title};
        }),
      }))
      // Newest first; `sort` is stable, so a day's entries keep the file's order.
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  );
}
