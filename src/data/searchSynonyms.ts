/**
 * Readers' words for what the site says in its own (issue #19): «статистика» where the page says
 * «Помощь в цифрах», "purge" where it says "mass persecution". A query containing every word of one
 * of an entry's `words` (endings may differ by two letters: «контакты», «контактов») opens the
 * entry's page first (plugins/search-on-demand/readerWords.ts).
 *
 * Applied at query time, not as page keywords: a phrase («мне угрожает семья») must match as a
 * whole, which a page's keywords cannot do (the index matches word by word, and «семья» alone must
 * not lead to /about), and a change to the list needs no new index.
 *
 * To add an entry: the words as a reader types them, lowercase; the one page (without the locale
 * prefix) that answers them; and in `answer` a sentence of that page, in its language, that
 * answers them, copied from the page (tests/unit/search-synonyms.test.ts checks it is there, so a
 * rewrite that drops the answer fails the test). Never a page that merely contains the word.
 */
export interface SearchSynonym {
  readonly words: readonly string[];
  readonly page: string;
  readonly answer: string;
}

export type SynonymLocale = 'ru' | 'en';

const ru: readonly SearchSynonym[] = [
  {
    words: [
      'статистика',
      'цифры',
      'сколько спасли',
      'сколько помогли',
      'сколько вывезли',
      'сколько эвакуировали',
    ],
    page: '/activity/figures',
    answer: 'По данным СК SOS, в 2022 году группа помогла 48 людям',
  },
  {
    words: ['тор', 'тор браузер', 'тор браузере'],
    page: '/safety',
    answer: 'Tor Browser скрывает от оператора связи, какие сайты вы открываете.',
  },
  {
    words: ['контакты', 'как связаться', 'связаться с ск sos', 'телефон ск sos', 'адрес ск sos'],
    page: '/about',
    answer: 'Берите контакты только с сайта самой группы.',
  },
  {
    words: [
      'помогите',
      'нужна помощь',
      'мне угрожает семья',
      'мне угрожают родственники',
      'меня хотят убить',
      'мне грозит опасность',
    ],
    page: '/about',
    answer: 'Если вам грозит опасность, обращайтесь в СК SOS напрямую.',
  },
  {
    words: ['лечение от гомосексуальности', 'вылечить от гомосексуальности', 'лечение геев'],
    page: '/glossary/terms',
    answer: 'Попытки изменить сексуальную ориентацию или гендерную идентичность человека.',
  },
  {
    words: ['донат', 'задонатить', 'пожертвовать', 'помочь деньгами'],
    page: '/activity/funding',
    answer:
      'Помогать пострадавшим и СК SOS, и группе «Марем» позволяли пожертвования, в основном от жителей самой России.',
  },
  {
    words: ['пропала без вести'],
    page: '/cases/seda-suleimanova',
    answer: 'возбудил уголовное дело о её «безвестном исчезновении».',
  },
  {
    words: ['лесбиянки', 'лесбиянка', 'трансгендер', 'трансгендеры', 'бисексуалы'],
    page: '/about',
    answer:
      'российская некоммерческая организация, которая помогает ЛГБТ-людям и их семьям, оказавшимся в смертельной опасности на Северном Кавказе.',
  },
  {
    words: ['чистка геев', 'гей чистка', 'зачистка геев'],
    page: '/history/chechnya-2017',
    answer: 'В 2017 году стало известно о массовых преследованиях ЛГБТ-людей в Чечне.',
  },
  {
    words: ['как уехать', 'как сбежать', 'бежать из дома', 'сбежать из чечни'],
    page: '/activity/evacuation',
    answer:
      'СК SOS помогает ЛГБТ-людям выбраться из регионов, где им грозят дискриминация, насилие и гибель',
  },
  {
    words: ['где жить', 'приют', 'укрыться'],
    page: '/activity/support',
    answer: 'Тем, кому нужно укрыться, группа предоставляет временное жильё.',
  },
  {
    words: ['сотрудничает', 'сотрудничество', 'работает вместе', 'союзники'],
    page: '/activity/partners',
    answer: 'СК SOS сотрудничает с волонтёрской группой «Марем»',
  },
  {
    words: [
      'сайт заблокирован',
      'заблокировали сайт',
      'сайт не открывается',
      'блокировка в россии',
    ],
    page: '/history/website-blocking',
    answer: 'Роскомнадзор ограничил доступ к сайту кризисной группы СК SOS в России.',
  },
  {
    words: ['чем занимается ск sos', 'что делает ск sos', 'чем занимается кризисная группа'],
    page: '/activity',
    answer:
      'Кризисная группа СК SOS помогает ЛГБТ-людям и их семьям, оказавшимся в смертельной опасности',
  },
  {
    words: ['позор семьи', 'честь семьи', 'убивают за честь', 'убили за честь'],
    page: '/history/honour-killings',
    answer: 'Мотив таких убийств — «честь» семьи, отсюда и название.',
  },
];

const en: readonly SearchSynonym[] = [
  {
    words: ['statistics', 'stats', 'numbers', 'how many'],
    page: '/activity/figures',
    answer: 'According to NC SOS, the group helped 48 people in 2022',
  },
  {
    words: ['tor', 'tor browser', 'onion'],
    page: '/safety',
    answer: 'Tor Browser hides from your network operator which sites you open.',
  },
  {
    words: ['contact', 'contacts', 'get in touch', 'phone number', 'email address'],
    page: '/about',
    answer: 'Take contact details only from the group’s own website.',
  },
  {
    words: [
      'help me',
      'i need help',
      'my family threatens me',
      'threatened by my family',
      'in danger',
    ],
    page: '/about',
    answer: 'If you are in danger, contact NC SOS directly.',
  },
  {
    words: ['gay cure', 'cure homosexuality', 'cured of being gay'],
    page: '/glossary/terms',
    answer: 'Attempts to change a person’s sexual orientation or gender identity.',
  },
  {
    words: ['donate', 'donation', 'give money'],
    page: '/activity/funding',
    answer:
      'Both NC SOS and the Marem group were able to help victims thanks to donations, most of them from within Russia.',
  },
  {
    words: ['purge', 'purges'],
    page: '/history/chechnya-2017',
    answer: 'In 2017 the mass persecution of LGBTQ+ people in Chechnya came to light.',
  },
  {
    words: ['went missing', 'missing woman'],
    page: '/cases/seda-suleimanova',
    answer: 'opened a criminal case into her ‘disappearance without trace’.',
  },
  {
    words: ['lesbian', 'lesbians', 'transgender', 'trans people', 'bisexual'],
    page: '/about',
    answer:
      'is a Russian non-profit organisation that helps LGBTQ+ people and their families whose lives are in danger in the North Caucasus.',
  },
  {
    words: ['escape', 'get out of', 'flee'],
    page: '/activity/evacuation',
    answer:
      'NC SOS helps LGBTQ+ people get out of regions where they face discrimination, violence and the threat of death',
  },
  {
    words: ['shelter', 'somewhere to hide', 'place to stay'],
    page: '/activity/support',
    answer: 'The group offers temporary shelter to those who need somewhere to hide.',
  },
  {
    words: [
      'work with',
      'works with',
      'cooperate',
      'cooperates',
      'cooperation',
      'collaborate',
      'collaboration',
      'allies',
    ],
    page: '/activity/partners',
    answer: 'NC SOS works with the volunteer group Marem',
  },
  {
    words: ['site blocked', 'website blocked', 'blocked in russia'],
    page: '/history/website-blocking',
    answer: 'Roskomnadzor blocked access in Russia to the website of the crisis group NC SOS.',
  },
  {
    words: ['what does nc sos do', 'what do nc sos do', 'what nc sos does'],
    page: '/activity',
    answer:
      'The crisis group NC SOS helps LGBTQ+ people and their families whose lives are in danger',
  },
  {
    words: [
      'family honor',
      'family honour',
      'killed for honor',
      'killed for honour',
      'family shame',
      'honor killing',
    ],
    page: '/history/honour-killings',
    answer: 'Hence the name: the motive for such killings is ‘honour’.',
  },
];

export const searchSynonyms: Readonly<Record<SynonymLocale, readonly SearchSynonym[]>> = {ru, en};

/**
 * Words that may come with a year in a query for what happened that year («что произошло в 2019
 * году», "events 2022"): such a query leads to the timeline of that year
 * (plugins/search-on-demand/yearPages.ts). Stop words («что», «году», "what", "in") need no entry.
 */
export const yearQueryWords: readonly string[] = [
  'произошло',
  'происходило',
  'случилось',
  'события',
  'хронология',
  'happened',
  'happen',
  'happening',
  'during',
  'events',
  'timeline',
  'chronology',
  'year',
];
