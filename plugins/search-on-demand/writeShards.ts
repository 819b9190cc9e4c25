/**
 * Rewrites the search theme's index into the files the search page fetches (shardFormat.ts), at
 * build time. Pure: the theme's serialized index in, file names and contents out.
 */
import {createHash} from 'node:crypto';
import {
  manifestFile,
  sectionFile,
  shardFile,
  shardOf,
  type PageRow,
  type SearchManifest,
  type SectionRow,
} from './shardFormat';
import {docTypes, uniqueBreadcrumbs, type IndexedDoc, type SerializedIndex} from './searchIndex';

/** The parts of lunr 2's serialized index read here. */
interface SerializedLunr {
  readonly fields: readonly string[];
  readonly pipeline: readonly string[];
  readonly fieldVectors: readonly (readonly [string, readonly number[]])[];
  readonly invertedIndex: readonly (readonly [string, {readonly _index: number}])[];
}

/**
 * Raw JSON of one shard, on average: a first search fetches about one shard a word, and a site
 * with more pages gets more shards rather than bigger ones. A word's postings stay in one shard,
 * though, so the shard of a word on every page («ск») grows with the site (MAINTAINING.md).
 */
const shardTargetBytes = 6 * 1024;

function lunrOf(kind: SerializedIndex, type: number): SerializedLunr {
  const index = kind.index as SerializedLunr;
  if (index.fields.length !== 1 || index.fields[0] !== 't')
    throw new Error(`search index: kind ${type} has fields ${index.fields.join(', ')}, expected t`);
  return index;
}

/** word → postings, from each kind's field vectors (the weights lunr scores with). */
function postingsByTerm(serialized: readonly SerializedIndex[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  serialized.forEach((kind, type) => {
    const index = lunrOf(kind, type);
    const termOf = new Map(index.invertedIndex.map(([term, {_index}]) => [_index, term]));
    const pageOf = new Map(kind.documents.map((doc) => [doc.i, doc.p ?? doc.i]));
    for (const [fieldRef, vector] of index.fieldVectors) {
      const ref = Number(fieldRef.slice(fieldRef.indexOf('/') + 1));
      const page = pageOf.get(ref);
      if (page === undefined) throw new Error(`search index: kind ${type} has no document ${ref}`);
      for (let n = 0; n < vector.length; n += 2) {
        const term = termOf.get(vector[n] ?? -1);
        if (term === undefined) throw new Error(`search index: kind ${type}: unknown word`);
        const list = postings.get(term) ?? [];
        postings.set(term, list);
        list.push(type, ref, page, Math.round((vector[n + 1] ?? 0) * 1000));
      }
    }
  });
  return postings;
}

function sectionRow(doc: IndexedDoc): SectionRow {
  return [doc.t, doc.u, doc.h ?? '', doc.s ?? ''];
}

/** The files of the sharded index, by name relative to the locale's `search-index/` folder. */
export function shardIndex(
  serialized: readonly SerializedIndex[],
  {targetBytes = shardTargetBytes}: {targetBytes?: number} = {},
): Map<string, string> {
  if (serialized.length !== 5)
    throw new Error(`search index: ${serialized.length} kinds of document, expected 5`);
  const pipeline = lunrOf(serialized[0] as SerializedIndex, 0).pipeline;
  const postings = postingsByTerm(serialized);
  // The empty word (punctuation the theme's tokenizer kept) is no word a query can ask for.
  postings.delete('');
  const terms = [...postings.keys()].sort();
  const postingBytes = terms.reduce(
    (sum, term) => sum + JSON.stringify({[term]: postings.get(term)}).length,
    0,
  );
  const shardCount = Math.max(1, Math.ceil(postingBytes / targetBytes));
  const shards = Array.from({length: shardCount}, (): Record<string, number[]> => ({}));
  for (const term of terms) {
    const shard = shards[shardOf(term, shardCount)];
    if (shard) shard[term] = postings.get(term) ?? [];
  }

  const contents = new Map<string, string>();
  shards.forEach((shard, n) => contents.set(shardFile(n), JSON.stringify(shard)));
  for (const type of [docTypes.heading, docTypes.content])
    for (const doc of serialized[type]?.documents ?? [])
      contents.set(sectionFile(doc.i), JSON.stringify(sectionRow(doc)));

  const hash = createHash('sha256');
  for (const [name, text] of [...contents].sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(`${name}\n${text}\n`);
  const folder = hash.digest('hex').slice(0, 10);
  const pages: PageRow[] = (serialized[docTypes.title]?.documents ?? []).map((doc) => [
    doc.i,
    doc.t,
    doc.u,
    uniqueBreadcrumbs(doc.b ?? [], doc.t),
  ]);
  const manifest: SearchManifest = {version: 1, folder, pipeline, shardCount, terms, pages};
  const files = new Map([[manifestFile, JSON.stringify(manifest)]]);
  for (const [name, text] of contents) files.set(`${folder}/${name}`, text);
  return files;
}
