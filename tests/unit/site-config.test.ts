/** Configuration helpers: a mirror's address from the environment, and the locale table. */
import {describe, expect, it} from 'vitest';
import {configLocale, localeInfo} from '../../src/i18n/locales';
import {siteAddress} from '../../src/i18n/siteAddress';

describe('siteAddress', () => {
  it('defaults to a local address at the root', () => {
    expect(siteAddress({})).toEqual({url: 'http://localhost:3000', baseUrl: '/'});
  });
  it('normalizes a mirror base URL to /path/', () => {
    expect(siteAddress({SITE_URL: 'https://mirror.example/', BASE_URL: 'nc-sos'})).toEqual({
      url: 'https://mirror.example',
      baseUrl: '/nc-sos/',
    });
  });
  it('rejects a site URL with a path', () => {
    expect(() => siteAddress({SITE_URL: 'https://mirror.example/nc-sos'})).toThrow(
      /SITE_URL must be an origin/,
    );
  });
});

describe('localeInfo', () => {
  it('names the file and the locale when a locale is missing, whichever locales exist', () => {
    expect(() => localeInfo('xx-test')).toThrow(
      /^src\/i18n\/locales\.ts: no entry for locale "xx-test" \(known: ru, en(, [\w-]+)*\)$/,
    );
  });
});

describe('configLocale', () => {
  it('is the locale being built', () => {
    expect(configLocale({DOCUSAURUS_CURRENT_LOCALE: 'en'})).toBe('en');
  });
  it('is the source locale when none is given, as `docusaurus start` leaves it', () => {
    expect(configLocale({})).toBe('ru');
    expect(configLocale({DOCUSAURUS_CURRENT_LOCALE: 'undefined'})).toBe('ru');
  });
});
