/**
 * Every source the content cites. To add one: append an entry with a new kebab-case id, then cite it
 * in a page with `<Cite id="…" />` after listing it in that page's `sources:` front matter.
 * Titles stay in the language of the publication: readers search for them as published.
 */
export interface Source {
  readonly id: string;
  readonly publisher: string;
  /** The title as published, or null where our citation does not record it (we never reconstruct one). */
  readonly title: string | null;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as precise as the publication states, or null if undated. */
  readonly date: string | null;
  readonly url: string | null;
}

export const sources = [
  {
    id: 'wikipedia',
    publisher: 'Wikipedia',
    title: 'NC SOS',
    date: null,
    url: 'https://en.wikipedia.org/wiki/NC_SOS',
  },
  {
    id: 'global-voices',
    publisher: 'Global Voices',
    title:
      '‘I am not returning to this hell’: In the Russian North Caucasus, NGOs help victims of gender and LGBTQ+ violence to escape',
    date: '2022-11-28',
    url: 'https://globalvoices.org/2022/11/28/i-am-not-returning-to-this-hell-in-the-russian-north-caucasus-ngos-help-victims-of-gender-and-lgbtq-violence-to-escape/',
  },
  {
    id: 'oc-media',
    publisher: 'OC Media',
    title: 'Activists help queer man escape Chechnya',
    date: null,
    url: 'https://oc-media.org/activists-help-queer-man-escape-chechnya',
  },
  {
    id: 'the-insider',
    publisher: 'The Insider',
    title:
      'Human rights group reports Chechen forces coercing detained gay men into military service, with at least seven sent to frontlines in Ukraine',
    date: '2024-09',
    url: null,
  },
  {
    id: 'rferl-2023',
    publisher: 'Radio Free Europe/Radio Liberty',
    title: null,
    date: '2023-08-24',
    url: 'https://rferl.org/amp/russia-chechnya-domestic-violence/32563059.html',
  },
  {
    id: 'meduza-2024',
    publisher: 'Meduza',
    title: null,
    date: '2024-02-07',
    url: 'https://meduza.io/en/news/2024/02/07/woman-who-was-forcibly-returned-to-chechnya-after-fleeing-her-family-feared-victim-of-honor-killing',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof sources)[number]['id'];
export const sourceIds: readonly SourceId[] = sources.map((source) => source.id);

const byId = new Map<string, Source>(sources.map((source) => [source.id, source]));

export function sourceById(id: SourceId): Source {
  const source = byId.get(id);
  if (!source) throw new Error(`src/data/sources.ts: unknown source id "${id}"`);
  return source;
}
