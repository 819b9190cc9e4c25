/**
 * The home pages' key facts box, as a reader without JavaScript gets it: the figures of the data the
 * figures page shows (src/data/keyFacts.ts), the same numbers in both languages, each fact cited,
 * and every citation leading to a full record, with its address, in the box's list of sources.
 */
import {describe, expect, it} from 'vitest';
import {keyFacts} from '../../src/data/keyFacts';
import {glossaryEntry, nameIn} from '../../src/data/glossary';
import {sourceById} from '../../src/data/sources';
import {localeCodes} from '../../src/i18n/locales';
import {localePrefix} from './_lib/browser';
import {useServedSite} from './_lib/site';

const site = useServedSite({javaScriptEnabled: false});

interface FactOnPage {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly note: string;
  readonly cites: readonly string[];
}

async function readBox(locale: string) {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${site.server.origin}/${localePrefix(locale)}`);
    const facts: FactOnPage[] = await page.$$eval('[data-fact]', (nodes) =>
      nodes.map((node) => {
        const value = node.querySelector('dd');
        const marks = [...(value?.querySelectorAll('sup a') ?? [])];
        const figure = value?.cloneNode(true) as HTMLElement | undefined;
        figure?.querySelectorAll('sup').forEach((sup) => sup.remove());
        return {
          id: node.getAttribute('data-fact') ?? '',
          label: node.querySelector('dt')?.textContent ?? '',
          value: figure?.textContent ?? '',
          note: node.querySelector('dd + dd')?.textContent ?? '',
          cites: marks.map((mark) => mark.getAttribute('href') ?? ''),
        };
      }),
    );
    const records = await page.$$eval(
      'section[aria-labelledby="key-facts"] li[id^="source-"]',
      (items) => Object.fromEntries(items.map((item) => [item.id, item.textContent ?? ''])),
    );
    return {facts, records};
  } finally {
    await page.close();
  }
}

const digits = (text: string) => text.match(/\d+/g) ?? [];

describe.each(localeCodes)('key facts on the %s home page', (locale) => {
  it('state the figures of the data, each with the sources the data names', async () => {
    const {facts, records} = await readBox(locale);
    const byId = Object.fromEntries(facts.map((fact) => [fact.id, fact]));
    expect(Object.keys(byId)).toEqual(Object.keys(keyFacts));

    const {helped, latestYear, since, regions} = keyFacts;
    expect(digits(byId.helped?.value ?? '')).toEqual([String(helped.count)]);
    expect(digits(byId.helped?.label ?? '')).toEqual([String(helped.from), String(helped.to)]);
    expect(digits(byId.latestYear?.value ?? '')).toEqual([String(latestYear.count)]);
    expect(digits(byId.latestYear?.label ?? '')).toEqual([String(latestYear.year)]);
    expect(digits(byId.since?.value ?? '')).toEqual([String(since.year)]);
    expect(digits(byId.since?.note ?? '')).toEqual([String(since.founded), String(since.founded)]);
    expect(byId.regions?.value).toBe(
      regions.ids.map((id) => nameIn(glossaryEntry(id), locale)).join(', '),
    );

    for (const [id, fact] of Object.entries(keyFacts)) {
      const cites = byId[id]?.cites ?? [];
      expect(cites, `fact "${id}" cites`).toEqual(
        fact.sources.map((source) => `#source-${source}`),
      );
      for (const source of fact.sources) {
        expect(records[`source-${source}`], `record of ${source}`).toContain(
          sourceById(source).url,
        );
      }
    }
  });
});

it('gives the same numbers in both languages', async () => {
  const numbers = async (locale: string) =>
    (await readBox(locale)).facts.map((fact) =>
      digits([fact.label, fact.value, fact.note].join(' ')),
    );
  const [first, ...others] = await Promise.all(localeCodes.map(numbers));
  for (const other of others) expect(other).toEqual(first);
});
