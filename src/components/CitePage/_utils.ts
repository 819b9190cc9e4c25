/**
 * The citation of a page in each language's convention, as text with a blank where the reader's
 * access date goes: without JavaScript the reader fills it in, with JavaScript the cite script
 * (plugins/cite-page/cite.js) writes today's date there in the format the blank names.
 */

/** How the access date is written: `02.12.2026` (ГОСТ) or `2 December 2026` (the page's language). */
export type AccessedFormat = 'dd.mm.yyyy' | 'long';

/** A piece of a citation: text, or the access date's blank. */
export type CitationPart = string | {readonly accessed: AccessedFormat; readonly blank: string};

export interface CitationInput {
  readonly locale: string;
  /** The site's name in the page's language. */
  readonly site: string;
  readonly title: string;
  /** The page's absolute URL. */
  readonly url: string;
  /** Last reviewed, YYYY-MM-DD. */
  readonly reviewed: string;
  /** Last reviewed as the page's language writes it («2 декабря 2026 г.»). */
  readonly reviewedText: string;
  /** The doc id (`history/sphere`), for the BibTeX key. */
  readonly docId: string;
}

export interface Citation {
  readonly text: readonly CitationPart[];
  readonly bibtex: readonly CitationPart[];
}

/** The pages' non-breaking spaces would follow a pasted citation into a reference list. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Characters BibTeX reads as commands, escaped. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) =>
    char === '\\'
      ? '\\textbackslash{}'
      : char === '~' || char === '^'
        ? `\\${char}{}`
        : `\\${char}`,
  );
}

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('.');

/** Each language's form: Russian per ГОСТ Р 7.0.100-2018 (electronic resource), English newsroom style. */
const forms: Record<
  string,
  {
    readonly accessed: {readonly accessed: AccessedFormat; readonly blank: string};
    readonly text: (input: CitationInput, accessed: CitationPart) => CitationPart[];
    readonly note: (input: CitationInput, accessed: CitationPart) => CitationPart[];
    readonly language: string;
  }
> = {
  ru: {
    accessed: {accessed: 'dd.mm.yyyy', blank: '__.__.____'},
    text: ({title, site, url, reviewed}, accessed) => [
      `${title}. – Текст : электронный // ${site} : [сайт]. – URL: ${url} (дата обращения: `,
      accessed,
      `). – Дата проверки по источникам: ${ddmmyyyy(reviewed)}.`,
    ],
    note: ({site, reviewed}, accessed) => [
      `${site}; дата проверки по источникам: ${ddmmyyyy(reviewed)}; дата обращения: `,
      accessed,
    ],
    language: 'russian',
  },
  en: {
    accessed: {accessed: 'long', blank: '____'},
    text: ({title, site, url, reviewedText}, accessed) => [
      `“${title}”. ${site}. Last reviewed ${reviewedText}. ${url} (accessed: `,
      accessed,
      ').',
    ],
    note: ({site, reviewedText}, accessed) => [
      `${site}; last reviewed ${reviewedText}; accessed `,
      accessed,
    ],
    language: 'english',
  },
};

/** Adjacent strings as one: React separates each text node in the HTML with `<!-- -->`. */
function joined(parts: readonly CitationPart[]): CitationPart[] {
  return parts.reduce<CitationPart[]>((all, part) => {
    const last = all[all.length - 1];
    if (typeof part === 'string' && typeof last === 'string') all[all.length - 1] = last + part;
    else all.push(part);
    return all;
  }, []);
}

export function citation(input: CitationInput): Citation {
  // A language added without its own form (translations:add-locale) cites in the English form
  // until someone who knows its conventions adds one here.
  const form = forms[input.locale] ?? forms.en;
  if (form === undefined)
    throw new Error('src/components/CitePage/_utils.ts: no English citation form');
  const clean = {
    ...input,
    site: plain(input.site),
    title: plain(input.title),
    reviewedText: plain(input.reviewedText),
  };
  const escaped = {...clean, site: bibtexEscape(clean.site)};
  const note = form.note(escaped, form.accessed);
  return {
    text: joined(form.text(clean, form.accessed)),
    bibtex: joined([
      `@misc{ncsos-${input.docId.replace(/[^a-z0-9]+/g, '-')}-${input.locale},\n`,
      `  title = {{${bibtexEscape(clean.title)}}},\n`,
      `  howpublished = {\\url{${input.url}}},\n`,
      '  note = {',
      ...note,
      '},\n',
      `  year = {${input.reviewed.slice(0, 4)}},\n`,
      `  language = {${form.language}}\n}`,
    ]),
  };
}
