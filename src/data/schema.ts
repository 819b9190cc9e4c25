/**
 * One schema for all data: the language-neutral entries in src/data/ and the per-language text in
 * i18n/<locale>/data/. The build (plugins/localized-data) and the unit tests both call it, so a contributor
 * meets the same message in either place: the file, the id and the field.
 */
import * as z from 'zod';
import {changeKinds} from './changelog';
import {glossaryKinds} from './glossary/types';
import {regionIds} from './regions';
import {isLocale} from '../i18n/locales';

/** A glossary entry's `names` are for the languages that have no field of their own. */
const isThirdLocale = (code: string) => isLocale(code) && code !== 'ru' && code !== 'en';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
const text = z
  .string({error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text')})
  .trim()
  .min(1, 'is empty');
const year = z.number().int().min(1990).max(2100);

const missingOrNotText = {
  error: (issue: {input: unknown}) => (issue.input === undefined ? 'is missing' : 'must be text'),
};
const isoDate = z.string(missingOrNotText).regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const httpsUrl = z
  .string(missingOrNotText)
  .regex(/^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/, 'must be an https URL')
  .refine((url) => !/\/amp\//.test(url), 'must be the canonical URL, not an /amp/ copy');

/** A source record as a newsroom would check it (see the header of src/data/sources.ts). */
export const sourceSchema = z
  .strictObject({
    id,
    publisher: text,
    author: text.optional(),
    title: text,
    titleSupplied: z.literal(true).optional(),
    language: z.enum(['en', 'ru'], {error: 'must be "en" or "ru"'}),
    date: z
      .string({error: 'must be an ISO date or null (with undatedBecause)'})
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable(),
    undatedBecause: text.optional(),
    url: httpsUrl,
    checked: isoDate,
    archiveUrl: httpsUrl.optional(),
  })
  // `when`: check the pair even if another field is wrong, so every problem shows in one pass.
  .refine((source) => source.date !== null || source.undatedBecause !== undefined, {
    path: ['undatedBecause'],
    message: 'is required when date is null (say why the source is undated)',
    when: ({value}) => isRecord(value) && value.date === null,
  })
  .refine((source) => source.date === null || source.undatedBecause === undefined, {
    path: ['undatedBecause'],
    message: 'must be absent when the source has a date',
    when: ({value}) => isRecord(value) && typeof value.date === 'string',
  });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function entrySchemas(sourceIds: readonly string[]) {
  const sourceRefs = z
    .array(
      z.enum(sourceIds as [string, ...string[]], {
        error: (issue) => `unknown source id "${String(issue.input)}"`,
      }),
    )
    .min(1, 'lists no source');
  return {
    glossary: z.strictObject({
      id,
      kind: z.enum(glossaryKinds),
      ru: text.regex(/\p{Script=Cyrillic}/u, 'must be the Russian form, in Cyrillic'),
      en: text,
      // Keys: the site's other languages (src/i18n/locales.ts), not ru or en, which have their fields.
      names: z
        .record(z.string(), text)
        .superRefine((names, context) => {
          for (const code of Object.keys(names).filter((key) => !isThirdLocale(key))) {
            context.addIssue({
              code: 'custom',
              path: [code],
              message: `"${code}" is not a language of the site other than ru and en (src/i18n/locales.ts)`,
            });
          }
        })
        .optional(),
      variants: z.array(text),
      sources: sourceRefs,
    }),
    cases: z.strictObject({
      id,
      year: year.nullable(),
      region: z.enum(regionIds),
      sources: sourceRefs,
    }),
    changelog: z.strictObject({
      id,
      date: isoDate,
      kind: z.enum(changeKinds),
      // A doc id as under docs/ (`history/sphere`); that the page exists is checked against the
      // built docs (changelogPageIssues in validate.ts).
      pages: z
        .array(
          z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'must be a doc id like history/sphere'),
        )
        .min(1, 'lists no page'),
    }),
    figures: z.strictObject({
      year,
      helped: z.number().int().nonnegative(),
      leftRegion: z.number().int().nonnegative(),
      relocatedOrAsylum: z.number().int().nonnegative(),
      source: sourceRefs.element,
    }),
  };
}

/** Fields every locale's text must give for each entry id, and the hash that ties a translation to its source. */
const sourceHash = z
  .string()
  .regex(/^[0-9a-f]{12}$/, 'must be 12 hex digits')
  .optional();
export const textSchemas = {
  glossary: z.strictObject({description: text, source_hash: sourceHash}),
  cases: z.strictObject({title: text, summary: text, outcome: text, source_hash: sourceHash}),
  changelog: z.strictObject({title: text, summary: text, source_hash: sourceHash}),
};

/** Keys of figures.json besides the plural forms of `people`, which depend on the locale. */
export const figureTextKeys = [
  'measure_helped',
  'measure_leftRegion',
  'measure_relocatedOrAsylum',
  'note_2022',
  'total',
  'chart_title',
  'chart_description',
  'network_caption',
  'network_asOf',
  'network_askedForHelp',
  'network_evacuated',
  'network_leftRussia',
  'network_over',
  'network_about',
  'network_wholeYear',
  'network_note',
  'key_helped',
  'key_latestYear',
  'key_since',
  'key_sinceYear',
  'key_sinceNote',
  'key_regions',
] as const;

/** The plural keys of `base` that i18next looks up in `locale` (`people_one`, `people_few`, …). */
export function pluralKeys(base: string, locale: string): string[] {
  return new Intl.PluralRules(locale)
    .resolvedOptions()
    .pluralCategories.map((category) => `${base}_${category}`);
}

export function figureTextSchema(locale: string) {
  const keys = [...figureTextKeys, ...pluralKeys('people', locale)];
  return z.strictObject({
    ...(Object.fromEntries(keys.map((key) => [key, text])) as Record<string, typeof text>),
    // A translation records the hash of each Russian text it translates (scripts/translations.ts).
    _source_hashes: z.record(z.string(), z.string().regex(/^[0-9a-f]{12}$/)).optional(),
  });
}

export interface DataIssue {
  readonly file: string;
  /** Entry id (or figure year / text key) the issue is about; absent for file-level issues. */
  readonly id?: string;
  readonly field?: string;
  readonly message: string;
}

export function formatIssue({file, id: entryId, field, message}: DataIssue): string {
  const where = [entryId && `id "${entryId}"`, field && `field "${field}"`]
    .filter(Boolean)
    .join(', ');
  return `${file}: ${where ? `${where}: ` : ''}${message}`;
}

export class DataValidationError extends Error {
  constructor(readonly issues: readonly DataIssue[]) {
    super(
      `Invalid site data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'DataValidationError';
  }
}

/** Turns zod's issues for one entry into ours, naming the entry and the field. */
export function zodIssues(
  file: string,
  entryId: string | undefined,
  error: z.ZodError,
): DataIssue[] {
  return error.issues.map((issue) => ({
    file,
    id: entryId,
    field: issue.path.length > 0 ? issue.path.join('.') : undefined,
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`
        : issue.message,
  }));
}
