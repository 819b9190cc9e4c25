/**
 * The typed data and each locale's text, through the same validation the build runs; then bad
 * entries of each kind, to prove the build would stop with a message naming file, id and field.
 */
import {describe, expect, it} from 'vitest';
import {loadLocaleText} from '../../plugins/localized-data/load';
import {readJsonFile} from '../../lib/jsonFile';
import {listPages, siteDir} from '../../lib/pages';
import {siteData} from '../../src/data';
import {glossary} from '../../src/data/glossary';
import {formatIssue} from '../../src/data/schema';
import {
  type LocaleTextFiles,
  type SiteData,
  changelogPageIssues,
  validateLocaleText,
  validateSiteData,
} from '../../src/data/validate';
import {localeCodes} from '../../src/i18n/locales';

function textOf(locale: string): LocaleTextFiles {
  const read = (name: string): unknown => readJsonFile(siteDir, `i18n/${locale}/data/${name}.json`);
  return {
    glossary: read('glossary'),
    cases: read('cases'),
    figures: read('figures'),
    changelog: read('changelog'),
  };
}

/** `history/sphere.mdx` → `history/sphere`, the id Docusaurus gives the page. */
const docId = (page: string) => page.replace(/\.mdx?$/, '');

const messages = (issues: ReturnType<typeof validateSiteData>) => issues.map(formatIssue);

describe('the site data', () => {
  it('is valid', () => {
    expect(messages(validateSiteData(siteData))).toEqual([]);
  });

  it('names only pages the site has in its changelog', () => {
    expect(messages(changelogPageIssues(siteData.changelog, listPages('ru').map(docId)))).toEqual(
      [],
    );
  });

  it('has at least 40 glossary entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
  });

  it.each(localeCodes)('loads the %s text the way the build does', async (locale) => {
    await expect(loadLocaleText(siteDir, locale)).resolves.toBeDefined();
  });
});

describe.each(localeCodes)('glossary text in %s', (locale) => {
  const text = textOf(locale).glossary as Record<string, {description?: string}>;
  it.each(glossary)('describes $id', ({id}) => {
    expect(
      text[id]?.description,
      `term '${id}' has no description in i18n/${locale}/data/glossary.json`,
    ).toBeTruthy();
  });
});

describe('bad data stops the build with a message naming file, id and field', () => {
  const withGlossary = (entries: readonly object[]): SiteData => ({
    ...siteData,
    glossary: [
      {
        file: 'src/data/glossary/people.ts',
        entries: entries as SiteData['glossary'][number]['entries'],
      },
    ],
  });
  const valid = {
    id: 'new-person',
    kind: 'person',
    ru: 'Новое Имя',
    en: 'New Name',
    variants: [],
    sources: ['wikipedia'],
  };

  it('reports an entry with a wrong type', () => {
    expect(messages(validateSiteData(withGlossary([{...valid, variants: 'Novoe'}])))).toEqual([
      'src/data/glossary/people.ts: id "new-person", field "variants": Invalid input: expected array, received string',
    ]);
  });

  it('reports a duplicate id', () => {
    expect(messages(validateSiteData(withGlossary([valid, valid])))).toEqual([
      'src/data/glossary/people.ts: id "new-person", field "id": duplicate id (first defined in src/data/glossary/people.ts)',
    ]);
  });

  it('reports an unknown source id', () => {
    expect(messages(validateSiteData(withGlossary([{...valid, sources: ['blog']}])))).toEqual([
      'src/data/glossary/people.ts: id "new-person", field "sources.0": unknown source id "blog"',
    ]);
  });

  it('reports a Russian form that is not Cyrillic', () => {
    expect(messages(validateSiteData(withGlossary([{...valid, ru: 'Novoe Imya'}])))).toEqual([
      'src/data/glossary/people.ts: id "new-person", field "ru": must be the Russian form, in Cyrillic',
    ]);
  });

  it('reports a case in an unknown region', () => {
    const data = {
      ...siteData,
      cases: {
        file: 'src/data/cases.ts',
        entries: [{id: 'x', year: 2020, region: 'moscow', sources: ['wikipedia']}],
      },
    };
    expect(messages(validateSiteData(data))).toEqual([
      'src/data/cases.ts: id "x", field "region": Invalid option: expected one of "chechnya"|"ingushetia"|"dagestan"',
    ]);
  });

  it('reports a change of an unknown kind, or without a page', () => {
    const data = {
      ...siteData,
      changelog: {
        file: 'src/data/changelog.ts',
        entries: [{id: 'x', date: '2026-12-02', kind: 'fix', pages: []}],
      },
    } as unknown as SiteData; // `kind: 'fix'` is the mistake under test
    expect(messages(validateSiteData(data))).toEqual([
      'src/data/changelog.ts: id "x", field "kind": Invalid option: expected one of "new-page"|"new-fact"|"correction"',
      'src/data/changelog.ts: id "x", field "pages": lists no page',
    ]);
  });

  it('reports a change naming a page the site does not have', () => {
    const changelog = {
      file: 'src/data/changelog.ts',
      entries: [{id: 'x', pages: ['history/sphere', 'history/spehre']}],
    };
    expect(messages(changelogPageIssues(changelog, listPages('ru').map(docId)))).toEqual([
      'src/data/changelog.ts: id "x", field "pages.1": unknown page "history/spehre" (no docs/history/spehre.mdx)',
    ]);
  });

  describe('in a locale text file', () => {
    const en = textOf('en');
    const glossaryText = en.glossary as Record<string, unknown>;

    it('reports a missing translation', () => {
      const {sphere: _omitted, ...rest} = glossaryText;
      expect(messages(validateLocaleText('en', {...en, glossary: rest}, siteData))).toEqual([
        'i18n/en/data/glossary.json: id "sphere": term has no text in this file (not translated yet?)',
      ]);
    });

    it('reports text for an unknown id', () => {
      expect(
        messages(
          validateLocaleText(
            'en',
            {...en, glossary: {...glossaryText, spehre: {description: 'typo'}}},
            siteData,
          ),
        ),
      ).toEqual([
        'i18n/en/data/glossary.json: id "spehre": unknown term id (no entry in src/data/)',
      ]);
    });

    it('reports an empty field', () => {
      const cases = {...(en.cases as Record<string, object>)};
      cases['idris-arsamikov'] = {...cases['idris-arsamikov'], outcome: ' '};
      expect(messages(validateLocaleText('en', {...en, cases}, siteData))).toEqual([
        'i18n/en/data/cases.json: id "idris-arsamikov", field "outcome": is empty',
      ]);
    });

    it('reports a change without its summary', () => {
      const changelog = {...(en.changelog as Record<string, object>)};
      changelog['sphere-liquidation'] = {title: 'Corrected'};
      expect(messages(validateLocaleText('en', {...en, changelog}, siteData))).toEqual([
        'i18n/en/data/changelog.json: id "sphere-liquidation", field "summary": is missing',
      ]);
    });

    it('reports a missing Russian plural form', () => {
      const ru = textOf('ru');
      const {people_few: _omitted, ...figures} = ru.figures as Record<string, string>;
      expect(messages(validateLocaleText('ru', {...ru, figures}, siteData))).toEqual([
        'i18n/ru/data/figures.json: field "people_few": is missing',
      ]);
    });
  });
});
