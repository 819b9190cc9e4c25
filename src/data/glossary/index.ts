/**
 * The glossary: every name the content mentions, by kind, one file a kind. Pages link an entry with
 * `<Term id="…">`; an id missing here stops the build (plugins/remark-site-refs).
 */
import {institutions} from './institutions';
import {organizations} from './organizations';
import {people} from './people';
import {places} from './places';
import {terms} from './terms';
import type {GlossaryEntry} from './types';

export {
  glossaryEntryPath,
  glossaryKindSlugs,
  glossaryKinds,
  nameIn,
  namesFor,
  type GlossaryEntry,
  type GlossaryKind,
} from './types';

/** Each kind with the file that defines it, so validation messages can name the file. */
export const glossaryFiles = [
  {file: 'src/data/glossary/organizations.ts', entries: organizations},
  {file: 'src/data/glossary/institutions.ts', entries: institutions},
  {file: 'src/data/glossary/people.ts', entries: people},
  {file: 'src/data/glossary/places.ts', entries: places},
  {file: 'src/data/glossary/terms.ts', entries: terms},
] as const satisfies readonly {file: string; entries: readonly GlossaryEntry[]}[];

export const glossary = [...organizations, ...institutions, ...people, ...places, ...terms];
export type TermId = (typeof glossary)[number]['id'];

const byId = new Map<string, GlossaryEntry>(glossary.map((entry) => [entry.id, entry]));

export function isTermId(id: string): id is TermId {
  return byId.has(id);
}

export function glossaryEntry(id: TermId): GlossaryEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`src/data/glossary: unknown term id "${id}"`);
  return entry;
}
