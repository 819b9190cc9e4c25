/**
 * Publishers named in running text (issue #17): the footnote carries the source, so a locale's pages
 * name a publisher at most 25 times, where sources disagree, for a claim only one party makes, or
 * for a quote. `npm run content:publishers` lists them page by page.
 */
import {describe, expect, it} from 'vitest';
import {proseOf} from '../../lib/pages';
import {mentionsIn, publisherMentionLimit, publisherMentions} from '../../lib/publisherMentions';
import {localeCodes} from '../../src/i18n/locales';

describe('the count of publisher names', () => {
  it('finds them in every case and both scripts, as whole words, outside tags', () => {
    const prose = proseOf(
      [
        'Википедия относит дело к 2023 году; по данным «Медузы» и «Радио Свободы», а также',
        '"The infobox of the Wikipedia article", Kommersant, Новой газеты.<Cite id="meduza-2024" />',
        '[OC Media](https://oc-media.org/) and Meduzas, МедузаX, WikipediaN are other words.',
      ].join('\n'),
    );
    expect(
      mentionsIn(prose)
        .map(({text}) => text)
        .sort(),
    ).toEqual(
      [
        'Kommersant',
        'OC Media',
        'Wikipedia',
        'Википедия',
        'Медузы',
        'Новой газеты',
        'Радио Свободы',
      ].sort(),
    );
  });

  it('leaves out the publishers the site is about', () => {
    expect(mentionsIn('По данным СК SOS и Российской ЛГБТ-сети; according to NC SOS')).toEqual([]);
  });
});

describe.each(localeCodes)('publisher names in the running text (%s)', (locale) => {
  it(`stay within ${publisherMentionLimit}`, () => {
    const pages = publisherMentions(locale);
    const total = pages.reduce((sum, {mentions}) => sum + mentions.length, 0);
    const byPage = pages
      .filter(({mentions}) => mentions.length > 0)
      .map(({file, mentions}) => `${file}: ${mentions.map(({text}) => text).join(', ')}`);
    expect(total, `publisher names in running text:\n${byPage.join('\n')}`).toBeLessThanOrEqual(
      publisherMentionLimit,
    );
  });
});
