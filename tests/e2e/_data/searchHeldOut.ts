/**
 * Held-out search queries (issue #19): written before the ranking was tuned and never tuned on, so
 * that their figures say how the search does on queries nobody fitted it to. Same rules for
 * `expected` as tests/e2e/_data/searchQueries.ts. Do not add a query here after seeing how it ranks;
 * a query that ranks badly goes, with the fix, into searchQueries.ts, and a new one comes here.
 */
import type {SearchLocale, SearchQuery} from './searchQueries';

const ru: readonly SearchQuery[] = [
  {q: 'давид истеев кто это', expected: '/history/founding'},
  {q: 'секретная тюрьма в грозном', expected: '/history/chechnya-2017'},
  {q: 'седу сулейманову вернули в чечню', expected: '/cases/seda-suleimanova'},
  {q: 'сколько человек эвакуировали в 2023', expected: '/activity/figures'},
  {q: 'как открыть заблокированный сайт', expected: '/safety'},
  {q: 'кнопка быстрого выхода', expected: '/safety'},
  {q: 'минюст ликвидировал сферу', expected: '/history/sphere'},
  {q: 'ухманову держали в махачкале', expected: '/cases/elina-ukhmanova'},
  {q: 'братья из нижнего новгорода', expected: '/cases/magamadov-isaev'},
  {q: 'домашнее насилие на кавказе', expected: '/activity/marem'},
  {q: 'эвакуацыя из дагестана', expected: '/activity/evacuation'},
  {q: 'светлана анохина', expected: '/activity/marem'},
  {q: 'иноагенты ск сос', expected: '/history/foreign-agent'},
  {q: 'сиражудинова', expected: '/glossary/people'},
  {q: 'как сообщить об ошибке', expected: '/about'},
];

const en: readonly SearchQuery[] = [
  {q: 'who is david isteev', expected: '/history/founding'},
  {q: 'secret prison grozny', expected: '/history/chechnya-2017'},
  {q: 'seda suleimanova returned to chechnya', expected: '/cases/seda-suleimanova'},
  {q: 'how many people evacuated 2023', expected: '/activity/figures'},
  {q: 'open blocked website', expected: '/safety'},
  {q: 'panic button', expected: '/safety'},
  {q: 'ministry of justice closed sphere', expected: '/history/sphere'},
  {q: 'ukhmanova makhachkala', expected: '/cases/elina-ukhmanova'},
  {q: 'brothers abducted nizhny novgorod', expected: '/cases/magamadov-isaev'},
  {q: 'domestic violence north caucasus', expected: '/activity/marem'},
  {q: 'svetlana anokhina', expected: '/activity/marem'},
  {q: 'nc sos foreign agent status', expected: '/history/foreign-agent'},
  {q: 'sirazhudinova', expected: '/glossary/people'},
  {q: 'report a mistake', expected: '/about'},
  {q: 'lorsanova conversion therapy', expected: '/cases/aminat-lorsanova'},
];

export const searchHeldOut: Readonly<Record<SearchLocale, readonly SearchQuery[]>> = {ru, en};
