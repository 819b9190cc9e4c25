/** The UI strings the status tracks carry their Russian text as the reader sees it. */
import {expect, it} from 'vitest';
import {siteDir} from '../../lib/pages';
import {uiReference} from '../../lib/uiReference';

it('reads <Translate> text written as a string, with values holding tags or other <Translate>s', () => {
  const messages = new Map(uiReference(siteDir).map(({id, message}) => [id, message]));
  expect(messages.get('translation.banner.missing')).toMatch(
    /^Эта страница ещё не переведена.*\{original\}\)\.$/,
  );
  expect(messages.get('page.lastReviewed')).toBe('Проверено {date}');
  expect(messages.get('notFound.ways')).toBe('Начните с {home} или воспользуйтесь {search}.');
  expect(messages.get('notFound.home')).toBe('главной страницы');
  expect(messages.get('notFound.search')).toBe('поиском по справочнику');
});
