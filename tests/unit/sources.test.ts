/**
 * Source records go through the validation the build runs (src/data/validate.ts): a record that lacks
 * a title, a date or a reason for having none, an https URL or a checked-on date, or that repeats an
 * id or a URL, stops the build with a message naming the file, the id and the field.
 */
import {describe, expect, it} from 'vitest';
import {siteData} from '../../src/data';
import {formatIssue} from '../../src/data/schema';
import {type SiteData, validateSiteData} from '../../src/data/validate';

const file = 'src/data/sources.ts';

const valid = {
  id: 'new-source',
  publisher: 'OC Media',
  title: 'A title as published',
  language: 'en',
  date: '2024-09-05',
  url: 'https://oc-media.org/a-title-as-published',
  checked: '2026-12-02',
};

/** The messages about sources.ts when `entries` replace the real sources (other files' issues aside). */
function sourceMessages(entries: readonly object[]): string[] {
  const data: SiteData = {
    ...siteData,
    sources: {file, entries: entries as SiteData['sources']['entries']},
  };
  return validateSiteData(data)
    .filter((issue) => issue.file === file)
    .map(formatIssue);
}

describe('a source record', () => {
  it('passes with every field right', () => {
    expect(sourceMessages([valid])).toEqual([]);
  });

  it('passes undated with a reason', () => {
    expect(sourceMessages([{...valid, date: null, undatedBecause: 'the page shows none'}])).toEqual(
      [],
    );
  });

  it.each([
    ['without a title', {title: undefined}, 'field "title": is missing'],
    ['with an empty title', {title: ' '}, 'field "title": is empty'],
    ['without a date', {date: undefined}, 'field "date": must be an ISO date or null'],
    ['with a US date', {date: '11/28/2022'}, 'field "date": must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ['without a URL', {url: undefined}, 'field "url": is missing'],
    ['with an http URL', {url: 'http://oc-media.org/x'}, 'field "url": must be an https URL'],
    [
      'with an /amp/ URL',
      {url: 'https://rferl.org/amp/x/1.html'},
      'field "url": must be the canonical URL, not an /amp/ copy',
    ],
    ['without a checked date', {checked: undefined}, 'field "checked": is missing'],
    ['with a checked year only', {checked: '2026'}, 'field "checked": must be YYYY-MM-DD'],
    ['with a language of its own', {language: 'de'}, 'field "language": must be "en" or "ru"'],
    [
      'with an http archive copy',
      {archiveUrl: 'http://web.archive.org/x'},
      'field "archiveUrl": must be an https URL',
    ],
    ['with a field of its own', {publishedOn: '2024'}, 'unknown field(s) "publishedOn"'],
  ])('is reported %s', (_name, change, message) => {
    const messages = sourceMessages([{...valid, ...change}]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`${file}: id "new-source"`);
    expect(messages[0]).toContain(message);
  });

  it('is reported undated without a reason', () => {
    expect(sourceMessages([{...valid, date: null}])).toEqual([
      `${file}: id "new-source", field "undatedBecause": is required when date is null (say why the source is undated)`,
    ]);
  });

  it('is reported dated with a reason for having no date', () => {
    expect(sourceMessages([{...valid, undatedBecause: 'none shown'}])).toEqual([
      `${file}: id "new-source", field "undatedBecause": must be absent when the source has a date`,
    ]);
  });

  it('reports every problem of one record at once', () => {
    expect(sourceMessages([{...valid, title: '', date: null, checked: 'today'}])).toEqual([
      `${file}: id "new-source", field "title": is empty`,
      `${file}: id "new-source", field "checked": must be YYYY-MM-DD`,
      `${file}: id "new-source", field "undatedBecause": is required when date is null (say why the source is undated)`,
    ]);
  });
});

describe('two source records', () => {
  it('are reported with a duplicate id', () => {
    expect(sourceMessages([valid, {...valid, url: 'https://oc-media.org/other'}])).toEqual([
      `${file}: id "new-source", field "id": duplicate id (first defined in ${file})`,
    ]);
  });

  it('are reported with one URL, even written with a trailing slash', () => {
    expect(sourceMessages([valid, {...valid, id: 'same-page', url: `${valid.url}/`}])).toEqual([
      `${file}: id "same-page", field "url": duplicate URL (already cited as "new-source")`,
    ]);
  });
});

describe('the real sources', () => {
  it('are at least twelve, each complete', () => {
    expect(siteData.sources.entries.length).toBeGreaterThanOrEqual(12);
    expect(sourceMessages(siteData.sources.entries)).toEqual([]);
  });
});
