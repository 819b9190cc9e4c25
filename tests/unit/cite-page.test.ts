/** The citation's forms as a reader pastes them: each language's layout, BibTeX that LaTeX accepts. */
import {describe, expect, it} from 'vitest';
import {
  type CitationInput,
  type CitationPart,
  bibtexEscape,
  citation,
} from '../../src/components/CitePage/_utils';

const input: CitationInput = {
  locale: 'ru',
  site: 'Справочник о\u00a0группе',
  title: 'Фонд «Сфера» & 100% #1_a',
  url: 'https://example.org/history/sphere',
  reviewed: '2026-12-02',
  reviewedText: '2\u00a0декабря 2026\u00a0г.',
  docId: 'history/sphere',
};

/** The text with the access date filled in as `date`, as cite.js would. */
const filled = (parts: readonly CitationPart[], date: string) =>
  parts.map((part) => (typeof part === 'string' ? part : date)).join('');

describe('citation', () => {
  it('writes the Russian form per ГОСТ Р 7.0.100-2018, blank or dated', () => {
    const {text} = citation(input);
    expect(filled(text, '__.__.____')).toBe(
      'Фонд «Сфера» & 100% #1_a. – Текст : электронный // Справочник о группе : [сайт]. – URL: https://example.org/history/sphere (дата обращения: __.__.____). – Дата проверки по источникам: 02.12.2026.',
    );
    expect(text.filter((part) => typeof part !== 'string')).toEqual([
      {accessed: 'dd.mm.yyyy', blank: '__.__.____'},
    ]);
  });

  it('writes the English form with the review date as the page shows it', () => {
    const {text} = citation({
      ...input,
      locale: 'en',
      title: 'Sphere',
      reviewedText: '2 December 2026',
    });
    expect(filled(text, '3 December 2026')).toBe(
      '“Sphere”. Справочник о группе. Last reviewed 2 December 2026. https://example.org/history/sphere (accessed: 3 December 2026).',
    );
  });

  it('escapes what BibTeX reads as commands, and keys the entry by page and language', () => {
    const bibtex = filled(citation(input).bibtex, '02.12.2026');
    expect(bibtex).toContain('title = {{Фонд «Сфера» \\& 100\\% \\#1\\_a}}');
    expect(bibtex).toMatch(/^@misc\{ncsos-history-sphere-ru,\n/);
    expect(bibtex).toContain('howpublished = {\\url{https://example.org/history/sphere}}');
    expect(bibtex).toContain('year = {2026}');
    expect(bibtex).toMatch(/language = \{russian\}\n\}$/);
    expect(bibtexEscape('a\\b~c^{d}')).toBe('a\\textbackslash{}b\\~{}c\\^{}\\{d\\}');
  });

  it('cites a language without its own form in the English form', () => {
    const text = filled(citation({...input, locale: 'de'}).text, '2 December 2026');
    expect(text).toContain('Last reviewed');
    expect(text).toContain('(accessed: 2 December 2026).');
  });
});
