/** An Atom 1.0 feed (RFC 4287) of the changelog, as a string: a pure function, so tests can run it. */
import type {ChangeText} from '../localized-data/clientData';

export interface FeedInput {
  /** Absolute address of the feed itself: its id and its `self` link. */
  readonly feedUrl: string;
  /** Absolute address of the "What's new" page: each entry is an anchor on it. */
  readonly pageUrl: string;
  /** The site's origin (`https://example.org`), to make the pages' permalinks absolute. */
  readonly origin: string;
  readonly lang: string;
  readonly title: string;
  readonly subtitle: string;
  /** Who writes the reference (not NC SOS: the site is independent of it). */
  readonly author: string;
  readonly changes: readonly ChangeText[];
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] as string);
}

/** A day as an Atom date: midnight UTC, the changelog records days, not times. */
const atomDate = (day: string) => `${day}T00:00:00Z`;

function entry(change: ChangeText, {pageUrl, origin}: FeedInput): string {
  const url = `${pageUrl}#${change.id}`;
  return [
    '  <entry>',
    `    <id>${xmlEscape(url)}</id>`,
    `    <title>${xmlEscape(change.title)}</title>`,
    `    <updated>${atomDate(change.date)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
    ...change.pages.map(
      (page) =>
        `    <link rel="related" type="text/html" href="${xmlEscape(`${origin}${page.permalink}`)}" title="${xmlEscape(page.title)}"/>`,
    ),
    `    <category term="${change.kind}"/>`,
    `    <summary>${xmlEscape(change.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

export function atomFeed(input: FeedInput): string {
  const newest = input.changes.reduce((latest, change) =>
    change.date > latest.date ? change : latest,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(input.lang)}">`,
    `  <id>${xmlEscape(input.feedUrl)}</id>`,
    `  <title>${xmlEscape(input.title)}</title>`,
    `  <subtitle>${xmlEscape(input.subtitle)}</subtitle>`,
    `  <updated>${atomDate(newest.date)}</updated>`,
    `  <author><name>${xmlEscape(input.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(input.pageUrl)}"/>`,
    ...input.changes.map((change) => entry(change, input)),
    '</feed>',
    '',
  ].join('\n');
}
