import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {type GlossaryEntry, glossaryEntry, isTermId} from '@site/src/data/glossary';
import {usePageTerms} from '@site/src/components/PageTerms';

/** Glossary entries the page is about (`subjects:` front matter), checked at compile time. */
export function usePageSubjects(): GlossaryEntry[] {
  const subjects = (useDoc().frontMatter as {subjects?: unknown}).subjects;
  return (Array.isArray(subjects) ? subjects.map(String) : []).filter(isTermId).map(glossaryEntry);
}

/** Glossary entries the page mentions with `<Term>`, in glossary order. */
export function usePageTermEntries(): GlossaryEntry[] {
  return Object.keys(usePageTerms()).filter(isTermId).map(glossaryEntry);
}

/** Every way a name is written: both scripts and the variants readers search for. */
export function allNames(entry: GlossaryEntry): string[] {
  return [entry.ru, entry.en, ...entry.variants];
}
