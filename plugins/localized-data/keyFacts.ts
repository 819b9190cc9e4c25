/**
 * The home pages' key facts (src/data/keyFacts.ts) as the box shows them, worded by i18next at build
 * time from the locale's figures.json (`key_*`), each with the numbers of its citations, and the
 * records of the sources cited, which the box lists as a page lists its sources.
 */
import {type KeyFactId, keyFacts} from '../../src/data/keyFacts';
import {glossaryEntry, nameIn} from '../../src/data/glossary';
import {sourceById, type SourceId} from '../../src/data/sources';
import {citedSource} from './citedSources';
import type {DataTextModules, KeyFactText} from './clientData';

type Translate = (key: string, values?: Record<string, unknown>) => string;

function wording(id: KeyFactId, locale: string, t: Translate): Omit<KeyFactText, 'id' | 'cites'> {
  switch (id) {
    case 'helped': {
      const {count, from, to} = keyFacts.helped;
      return {label: t('figures.key_helped', {from, to}), value: t('figures.people', {count})};
    }
    case 'latestYear': {
      const {count, year} = keyFacts.latestYear;
      return {label: t('figures.key_latestYear', {year}), value: t('figures.people', {count})};
    }
    case 'since': {
      const {year, founded} = keyFacts.since;
      return {
        label: t('figures.key_since'),
        value: t('figures.key_sinceYear', {year}),
        note: t('figures.key_sinceNote', {founded}),
      };
    }
    case 'regions':
      return {
        label: t('figures.key_regions'),
        value: keyFacts.regions.ids
          .map((region) => nameIn(glossaryEntry(region), locale))
          .join(', '),
      };
  }
}

export function keyFactsText(locale: string, t: Translate): DataTextModules['key-facts.json'] {
  const cited: SourceId[] = [];
  const numberOf = (source: SourceId): number => {
    if (!cited.includes(source)) cited.push(source);
    return cited.indexOf(source) + 1;
  };
  const facts = (Object.keys(keyFacts) as KeyFactId[]).map((id) => ({
    id,
    ...wording(id, locale, t),
    cites: keyFacts[id].sources.map((source) => ({id: source, number: numberOf(source)})),
  }));
  return {facts, sources: cited.map((id) => citedSource(sourceById(id), locale))};
}
