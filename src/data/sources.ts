/**
 * Every source the content cites, as a newsroom would cite it.
 *
 * To add one, append an entry just before the closing `] as const satisfies readonly Source[];`:
 * - `id`: new kebab-case id (grep this file first: if the URL is already here, reuse its id);
 * - `publisher`, `author` (only as the publication credits it), `title` exactly as published, in the
 *   language of the publication (readers search for it as published), and that `language`; if the
 *   copy you read has no title, describe it and set `titleSupplied: true` (never guess a headline);
 * - `date` as precise as the publication states it, or `null` with `undatedBecause` saying why;
 * - `url`: the canonical https address (never an /amp/ or mirror copy when the original is known);
 * - `checked`: the day an editor last read the page at that address; `archiveUrl` only if you saw one.
 * Then list the id in the page's `sources:` front matter and cite it with `<Cite id="…" />`.
 * src/data/schema.ts checks every field at build time and names the file, the id and the field.
 */
export interface Source {
  readonly id: string;
  readonly publisher: string;
  /** Author(s) exactly as the publication credits them; absent when it credits none. */
  readonly author?: string;
  /** The title as published, never translated or reconstructed. */
  readonly title: string;
  /**
   * Only where the copy the editors read shows no title: `title` is then their description, and it
   * is shown in square brackets, not as a quoted title (the librarians' convention for a supplied title).
   */
  readonly titleSupplied?: true;
  /** Language of the publication: the `lang` of its `<cite>`. */
  readonly language: 'en' | 'ru';
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as precise as the publication states, or null if undated. */
  readonly date: string | null;
  /** Why there is no date (required when `date` is null). */
  readonly undatedBecause?: string;
  /** Canonical https address of the publication. */
  readonly url: string;
  /** ISO date (YYYY-MM-DD) on which the editors last checked the source at `url`. */
  readonly checked: string;
  /** A copy of the page in a public web archive, only where an editor has seen one. */
  readonly archiveUrl?: string;
}

export const sources = [
  {
    id: 'wikipedia',
    publisher: 'Wikipedia',
    title: 'NC SOS',
    language: 'en',
    date: null,
    undatedBecause:
      'a wiki article has no publication date; it is cited as it stood on the checked date',
    url: 'https://en.wikipedia.org/wiki/NC_SOS',
    checked: '2026-12-02',
  },
  {
    id: 'global-voices',
    publisher: 'Global Voices',
    title:
      '‘I am not returning to this hell’: In the Russian North Caucasus, NGOs help victims of gender and LGBTQ+ violence to escape',
    language: 'en',
    date: '2022-11-28',
    url: 'https://globalvoices.org/2022/11/28/i-am-not-returning-to-this-hell-in-the-russian-north-caucasus-ngos-help-victims-of-gender-and-lgbtq-violence-to-escape/',
    checked: '2026-12-02',
  },
  {
    id: 'oc-media',
    publisher: 'OC Media',
    title: 'Activists help queer man escape Chechnya',
    language: 'en',
    date: null,
    undatedBecause: 'the copy the editors read does not show a publication date',
    url: 'https://oc-media.org/activists-help-queer-man-escape-chechnya',
    checked: '2026-12-02',
  },
  {
    id: 'the-insider',
    publisher: 'The Insider',
    title:
      'Human rights group reports Chechen forces coercing detained gay men into military service, with at least seven sent to frontlines in Ukraine',
    language: 'en',
    date: '2024-09',
    // The text was read at this mirror of The Insider's English news; no copy at theins.ru was found.
    url: 'https://insidermails.com/en/news/274368',
    checked: '2026-12-02',
  },
  {
    id: 'rferl-2023',
    publisher: 'Radio Free Europe/Radio Liberty',
    // The copy the editors read (the /amp/ page) carries no headline: this one is described, not quoted.
    title: 'Report on the detention of Seda Suleimanova in St Petersburg',
    titleSupplied: true,
    language: 'en',
    date: '2023-08-24',
    url: 'https://www.rferl.org/a/russia-chechnya-domestic-violence/32563059.html',
    checked: '2026-12-02',
  },
  {
    id: 'meduza-2024',
    publisher: 'Meduza',
    title:
      'Woman who was forcibly returned to Chechnya after fleeing her family feared victim of ‘honor killing’',
    language: 'en',
    date: '2024-02-07',
    url: 'https://meduza.io/en/news/2024/02/07/woman-who-was-forcibly-returned-to-chechnya-after-fleeing-her-family-feared-victim-of-honor-killing',
    checked: '2026-12-02',
  },
  {
    id: 'oc-media-2024-conscription',
    publisher: 'OC Media',
    title: 'Queer men in Chechnya forced to fight in Ukraine',
    language: 'en',
    date: null,
    undatedBecause: 'the copy the editors read does not show a publication date',
    url: 'https://oc-media.org/queer-men-in-chechnya-forced-to-fight-in-ukraine',
    checked: '2026-12-02',
  },
  {
    id: 'meduza-2023',
    publisher: 'Meduza',
    title:
      'St. Petersburg police arrested a woman who fled Chechnya, and now human rights activists fear she could be returned by force and killed by her own family',
    language: 'en',
    date: '2023-08-24',
    url: 'https://meduza.io/en/news/2023/08/24/st-petersburg-police-arrested-a-woman-who-fled-chechnya-and-now-human-rights-activists-fear-she-could-be-returned-by-force-and-killed-by-her-own-family',
    checked: '2026-12-02',
  },
  {
    id: 'oc-media-2023-suleymanova',
    publisher: 'OC Media',
    title: 'Chechen domestic abuse victim ‘abducted and sent to Grozny’',
    language: 'en',
    date: '2023-08-24',
    url: 'https://oc-media.org/chechen-domestic-abuse-victim-abducted-and-sent-to-grozny',
    checked: '2026-12-02',
  },
  {
    id: 'moscow-times-2024-04',
    publisher: 'The Moscow Times',
    title: 'Russia Opens Criminal Probe Into Disappearance of Young Chechen Woman',
    language: 'en',
    date: '2024-04-03',
    url: 'https://www.themoscowtimes.com/2024/04/03/russia-opens-criminal-probe-into-disappearance-of-young-chechen-woman-a84727',
    checked: '2026-12-02',
  },
  {
    id: 'novaya-gazeta-europe-2024-04',
    publisher: 'Novaya Gazeta Europe',
    title: 'Murder investigation opened into Chechen woman’s disappearance after public outcry',
    language: 'en',
    date: '2024-04-08',
    url: 'https://novayagazeta.eu/articles/2024/04/08/murder-investigation-opened-into-chechen-womans-disappearance-after-public-outcry-en-news',
    checked: '2026-12-02',
  },
  {
    id: 'oc-media-2021-brothers',
    publisher: 'OC Media',
    title: 'Russian police ‘abduct gay Chechen brothers’ from safehouse in central Russia',
    language: 'en',
    date: '2021-02-05',
    url: 'https://oc-media.org/russian-police-abduct-gay-chechen-brothers-from-safehouse-in-central-russia/',
    checked: '2026-12-02',
  },
  {
    id: 'oc-media-2022-dagestan',
    publisher: 'OC Media',
    title: 'Four Daghestani women flee to Georgia citing domestic abuse',
    language: 'en',
    date: '2022-10-31',
    url: 'https://oc-media.org/four-daghestani-women-flee-to-georgia-citing-domestic-abuse/',
    checked: '2026-12-02',
  },
  {
    id: 'moscow-times-2020-lorsanova',
    publisher: 'The Moscow Times',
    title: 'Young Russian Tries to Sue Over Violent Lesbian ‘Exorcism’ in Chechnya',
    language: 'en',
    date: '2020-01-22',
    url: 'https://www.themoscowtimes.com/2020/01/22/young-russian-tries-to-sue-over-violent-lesbian-exorcism-in-chechnya-a69009',
    checked: '2026-12-02',
  },
  {
    id: 'caucasian-knot-2020-lapunov',
    publisher: 'Caucasian Knot',
    title: 'Maxim Lapunov tells story of his kidnapping and torture in Chechnya',
    language: 'en',
    date: '2020-09-29',
    url: 'https://www.eng.kavkaz-uzel.eu/articles/52277/',
    checked: '2026-12-02',
  },
  {
    id: 'novaya-gazeta-europe-2024-06',
    publisher: 'Novaya Gazeta Europe',
    title: 'Slipping the net',
    language: 'en',
    date: '2024-06-18',
    url: 'https://novayagazeta.eu/articles/2024/06/18/slipping-the-net-en',
    checked: '2026-12-02',
  },
  {
    id: 'rferl-2022-gureeva',
    publisher: 'Radio Free Europe/Radio Liberty',
    title:
      'Teenager Detained In St. Petersburg Says She Fled Home In Ingushetia Over Domestic Violence',
    language: 'en',
    date: '2022-11',
    url: 'https://www.rferl.org/a/russia-ingushetia-fleeing-domestic-violence/32145749.html',
    checked: '2026-12-02',
  },
  {
    id: 'caucasian-knot-2022-gureeva',
    publisher: 'Caucasian Knot',
    title: "Rights defenders believe that public outcry caused Leyla Gireeva's release",
    language: 'en',
    date: '2022-11-26',
    url: 'https://eng.kavkaz-uzel.eu/articles/61721',
    checked: '2026-12-02',
  },
  {
    id: 'lgbtq-nation-2023-arsamikov',
    publisher: 'LGBTQ Nation',
    title: 'Gay Chechen refugee arrested in Moscow, amid fears he’ll be tortured',
    language: 'en',
    date: '2023-02',
    url: 'https://www.lgbtqnation.com/2023/02/gay-chechen-refugee-arrested-in-moscow-amid-fears-hell-be-tortured/',
    checked: '2026-12-02',
  },
  {
    id: 'nhc-magamadov-isaev',
    publisher: 'Norwegian Helsinki Committee',
    title: 'Reverse sentencing of Salekh Magamadov and Ismail Isaev',
    language: 'en',
    date: null,
    undatedBecause: 'the copy the editors read does not show a publication date',
    url: 'https://www.nhc.no/en/reverse-sentencing-of-salekh-magamadov-and-ismail-isaev/',
    checked: '2026-12-02',
  },
  {
    id: 'kavkaz-realii-2024-hiding',
    publisher: 'Кавказ.Реалии',
    title: '«Скрываться тщательнее». Жизнь ЛГБТК+ людей на Кавказе после новых запретов',
    language: 'ru',
    date: null,
    undatedBecause:
      'the copy the editors read does not show a publication date; its text places it in 2024',
    url: 'https://www.kavkazr.com/a/skryvatjsya-tschateljnee-zhiznj-lgbtk-lyudey-na-kavkaze-posle-novyh-zapretov/32907367.html',
    checked: '2026-12-02',
  },
  {
    id: 'lgbtnet-2017-05-16',
    publisher: 'Russian LGBT Network',
    title: 'News Update: Persecution of LGBT People in Chechnya - May 16',
    language: 'en',
    date: '2017-05-16',
    url: 'https://lgbtnet.org/en/content/news-update-persecution-lgbt-people-chechnya-may-16',
    checked: '2026-12-02',
  },
  {
    id: 'meduza-2017-argun',
    publisher: 'Meduza',
    title:
      '«В Чечне позор смывается только кровью» Vice побывал в «тюрьме для геев» в Аргуне и поговорил с чеченскими гомосексуалами',
    language: 'ru',
    date: '2017-06-20',
    url: 'https://meduza.io/feature/2017/06/20/v-chechne-pozor-smyvaetsya-tolko-krovyu',
    checked: '2026-12-02',
  },
  {
    id: 'independent-2021-network',
    publisher: 'The Independent',
    author: 'Oliver Carroll',
    title: 'Kremlin labels frontline LGBT+ rights group as a ‘foreign agent’',
    language: 'en',
    date: '2021-11-10',
    url: 'https://www.independent.co.uk/news/world/europe/russia-kremlin-lgbt-foreign-agent-b1954572.html',
    checked: '2026-12-02',
  },
  {
    id: 'washington-blade-2022-sphere',
    publisher: 'Washington Blade',
    title: 'Russian court dissolves LGBTQ rights group',
    language: 'en',
    date: '2022-04-24',
    url: 'https://www.washingtonblade.com/2022/04/24/russian-court-dissolves-st-petersburg-lgbtq-human-rights-group/',
    checked: '2026-12-02',
  },
  {
    id: 'kommersant-2022-sphere',
    publisher: 'Kommersant',
    title: '«Сфера» закрывается',
    language: 'ru',
    date: '2022-09',
    url: 'https://www.kommersant.ru/doc/5549442',
    checked: '2026-12-02',
  },
  {
    id: 'kyiv-independent-2022-blocking',
    publisher: 'The Kyiv Independent',
    author: 'The Kyiv Independent news desk',
    title: 'Russia to block websites with expressions of LGBTQ identity',
    language: 'en',
    date: '2022-12-27',
    url: 'https://kyivindependent.com/russia-to-block-websites-with-expressions-of-lgbtq-identity/',
    checked: '2026-12-02',
  },
  {
    id: 'alturi-2023-foreign-agent',
    publisher: 'Alturi (summary of a PinkNews report)',
    title: 'Russia adds LGBTQ+ human rights group to controversial list',
    language: 'en',
    date: '2023-05-08',
    url: 'https://www.alturi.org/news_items/russia-adds-lgbtq-human-rights-group-to-controversial-list/',
    checked: '2026-12-02',
  },
  {
    id: 'ap-2023-supreme-court',
    publisher: 'Associated Press (via KESQ)',
    title: 'Russia’s Supreme Court effectively outlaws LGBTQ+ activism in a landmark ruling',
    language: 'en',
    date: '2023-11-30',
    url: 'https://kesq.com/news/2023/11/30/russias-supreme-court-effectively-outlaws-lgbtq-activism-in-a-landmark-ruling/',
    checked: '2026-12-02',
  },
  {
    id: 'anadolu-2023-supreme-court',
    publisher: 'Anadolu Agency',
    author: 'Nariman Mehdiyev',
    title: 'В России признали экстремистским и запретили движение ЛГБТ',
    language: 'ru',
    date: '2023-11-30',
    url: 'https://www.aa.com.tr/ru/%D0%BC%D0%B8%D1%80/%D0%B2-%D1%80%D0%BE%D1%81%D1%81%D0%B8%D0%B8-%D0%BF%D1%80%D0%B8%D0%B7%D0%BD%D0%B0%D0%BB%D0%B8-%D1%8D%D0%BA%D1%81%D1%82%D1%80%D0%B5%D0%BC%D0%B8%D1%81%D1%82%D1%81%D0%BA%D0%B8%D0%BC-%D0%B8-%D0%B7%D0%B0%D0%BF%D1%80%D0%B5%D1%82%D0%B8%D0%BB%D0%B8-%D0%B4%D0%B2%D0%B8%D0%B6%D0%B5%D0%BD%D0%B8%D0%B5-%D0%BB%D0%B3%D0%B1%D1%82/3069305',
    checked: '2026-12-02',
  },
  {
    id: 'caucasian-knot-2018-honour-report',
    publisher: 'Caucasian Knot',
    author: 'Ю. А. Антонова, С. В. Сиражудинова',
    title: '«Убитые сплетнями». Убийства женщин по мотивам «чести» на Северном Кавказе',
    language: 'ru',
    date: '2018-12-06',
    url: 'https://kavkaz-uzel.eu/articles/328810/',
    checked: '2026-12-02',
  },
  {
    id: 'daptar-2021-honour',
    publisher: 'Daptar',
    title: 'Сладко ли спится убийцам чести',
    language: 'ru',
    date: '2021-03-23',
    url: 'https://daptar.ru/2021/03/23/honour-killing-21/',
    checked: '2026-12-02',
  },
  {
    id: 'nc-sos-about',
    publisher: 'NC SOS',
    title: 'About the project',
    language: 'en',
    date: null,
    undatedBecause: 'the page is kept up to date by NC SOS and shows no publication date',
    url: 'https://ncsos.io/about/',
    checked: '2026-12-02',
  },
  {
    id: 'amnesty-2022-magamadov-isaev',
    publisher: 'Amnesty International',
    title: 'Russia: Court upholds lengthy prison sentences for Chechen LGBTI siblings',
    language: 'en',
    date: '2022-10-25',
    url: 'https://www.amnesty.org/en/latest/news/2022/10/russia-court-upholds-lengthy-prison-sentences-for-chechen-lgbti-siblings-2/',
    checked: '2026-12-02',
  },
  {
    id: 'lgbtnet-2017-04-17',
    publisher: 'Russian LGBT Network',
    title: 'News Update: Persecution of LGBT people in Chechnya, April 17',
    language: 'en',
    date: '2017-04-17',
    url: 'https://lgbtnet.org/en/content/news-update-persecution-lgbt-people-chechnya-april-17',
    checked: '2026-12-02',
  },
  {
    id: 'lgbtnet-2017-funds-report',
    publisher: 'Russian LGBT Network',
    title: 'Russia: On the Funds Spent by Russian LGBT Network to Help LGBT Chechans',
    language: 'en',
    // The Network's own account of 2017, read in a copy dated by its address (7 February 2018);
    // the original on lgbtnet.org was not found.
    date: '2018-02-07',
    url: 'https://hainam.edu.vn/database/2018/2/7/russia-on-the-funds-spent-by-russian-lgbt-network-to-help-lgbt-chechans',
    checked: '2026-12-02',
  },
  {
    id: 'equal-eyes-2019-evacuation',
    publisher: 'Equal Eyes',
    title: 'Russian LGBT Network started the evacuation from Chechnya',
    language: 'en',
    date: '2019-01-21',
    url: 'https://equal-eyes.org/database/2019/1/21/russian-lgbt-network-started-the-evacuation-from-chechnya',
    checked: '2026-12-02',
  },
  {
    id: 'kavkaz-realii-2023-report',
    publisher: 'Кавказ.Реалии',
    title: 'Гомофобия для отвлечения от войны: охота на геев на Северном Кавказе',
    language: 'ru',
    date: null,
    undatedBecause:
      'the copy the editors read shows no date; a republication at planeta.press is dated 9 March 2023',
    url: 'https://www.kavkazr.com/a/gomofobiya-dlya-otvlecheniya-ot-voyny-ohota-na-geev-na-severnom-kavkaze/32308286.html',
    checked: '2026-12-02',
  },
  {
    id: 'sphere-2022-appeal',
    publisher: 'Sphere Foundation',
    title:
      'Petersburg City Court Rejects the Appeal Against the Liquidation of the Sphere Foundation',
    language: 'en',
    date: null,
    undatedBecause:
      'the page shows no publication date; it reports the appeal hearing of 7 September 2022',
    url: 'https://spherequeer.org/rejects-appeal/',
    checked: '2026-12-02',
  },
  {
    id: 'lgbtnet-2017-07-11',
    publisher: 'Russian LGBT Network',
    title: 'News update: persecution of LGBT people in Chechnya - July 11',
    language: 'en',
    date: '2017-07-11',
    url: 'https://lgbtnet.org/en/content/news-update-persecution-lgbt-people-chechnya-july-11',
    checked: '2026-12-02',
  },
  {
    id: 'lgbtq-nation-2017-40-men',
    publisher: 'LGBTQ Nation',
    title: 'These Russians helped 40 gay and bi men escape Chechnya',
    language: 'en',
    date: '2017-05',
    url: 'https://www.lgbtqnation.com/2017/05/russian-org-says-helped-40-people-escape-chechnya/',
    checked: '2026-12-02',
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
