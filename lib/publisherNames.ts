/**
 * How the text names each source's publisher, in both languages, for the count of publisher names in
 * running text (publisherMentions.ts, issue #17: at most 25 a locale). Keys are `publisher` values of
 * src/data/sources.ts, so a typo does not compile; a publisher without an entry is counted by its
 * `publisher` value alone. Each form is a regular expression, to take in Russian case endings
 * («Википедии», «Медузой»). When a source with a new publisher is added, add the names a writer
 * would use for it here.
 */
import type {sources} from '../src/data/sources';

export type Publisher = (typeof sources)[number]['publisher'];

/** Any case ending of a Russian word. */
const ending = '\\p{Ll}*';

export const publisherNames: Partial<Record<Publisher, readonly string[]>> = {
  Wikipedia: ['Wikipedia', `Википеди${ending}`],
  'OC Media': ['OC Media'],
  Meduza: ['Meduza', `Медуз${ending}`],
  'Radio Free Europe/Radio Liberty': [
    'Radio Free Europe(?:/Radio Liberty)?',
    'Radio Liberty',
    'RFE/RL',
    'Radio Svoboda',
    `Радио Свобод${ending}`,
    `Свобод(?:а|ы|е|у|ой)»`,
  ],
  'Кавказ.Реалии': ['Кавказ\\.Реалии', 'Caucasus\\.Realities', 'Kavkaz\\.Realii'],
  'Caucasian Knot': ['Caucasian Knot', `Кавказск${ending} уз${ending}`],
  'Global Voices': ['Global Voices'],
  Kommersant: ['Kommersant', `Коммерсант${ending}`],
  'Novaya Gazeta Europe': ['Novaya Gazeta', `Нов${ending} газет${ending}`],
  'The Insider': ['The Insider', `Инсайдер${ending}`],
  'The Moscow Times': ['Moscow Times'],
  'The Independent': ['The Independent'],
  'The Kyiv Independent': ['Kyiv Independent'],
  'Amnesty International': ['Amnesty(?: International)?', `Амнести(?: Интернешнл)?`],
  'Norwegian Helsinki Committee': [
    'Norwegian Helsinki Committee',
    `Норвежск${ending} Хельсинкск${ending} комитет${ending}`,
  ],
  'Anadolu Agency': ['Anadolu(?: Agency)?', 'Анадолу'],
  'Associated Press (via KESQ)': ['Associated Press', 'KESQ', 'Ассошиэйтед Пресс'],
  'Alturi (summary of a PinkNews report)': ['Alturi', 'PinkNews'],
  'LGBTQ Nation': ['LGBTQ Nation'],
  'Washington Blade': ['Washington Blade'],
  Daptar: ['Daptar', `Даптар${ending}`],
};

/**
 * Publishers that are also what the site is about: naming them in the text mostly says what they
 * did, not where a fact comes from, so they are not counted. A claim only they make is still
 * attributed to them («по данным СК SOS», "according to NC SOS"), as the editorial rules require.
 */
export const subjectPublishers: readonly Publisher[] = ['NC SOS', 'Russian LGBT Network'];
