/**
 * Russian typography at build time (src/i18n/typography.ts): non-breaking spaces in sentences from
 * the site, only in the text of a page (plugins/remark-typography.ts), and words the search still
 * finds on either side of one.
 */
import {createRequire} from 'node:module';
import {createProcessor} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import {type MdNode, typesetTree} from '../../plugins/remark-typography';
import {createTranslator} from '../../src/i18n/translator';
import {russianTypography, typographyFor} from '../../src/i18n/typography';
import figuresRu from '../../i18n/ru/data/figures.json';

/** Shows each non-breaking space as ⍽, so that a failure reads at a glance. */
const shown = (text: string) => text.replace(/\u00A0/g, '⍽');
const typeset = (text: string, before?: string) => shown(russianTypography(text, before));

describe('Russian non-breaking spaces', () => {
  it('bind one- and two-letter words to the word after them', () => {
    expect(
      typeset(
        'В начале того же сентября в Чечне задержали шестерых мужчин, которых подозревали в гомосексуальности.',
      ),
    ).toBe(
      'В⍽начале того⍽же сентября в⍽Чечне задержали шестерых мужчин, которых подозревали в⍽гомосексуальности.',
    );
    expect(
      typeset('Уехать мешают и контроль со стороны родственников, и нехватка денег и документов'),
    ).toBe('Уехать мешают и⍽контроль со⍽стороны родственников, и⍽нехватка денег и⍽документов');
  });

  it('keep «же», «ли» and «бы» with the word before them, and «из-за» with the word after', () => {
    expect(typeset('Останься он в Чечне, ему грозило бы «убийство чести»')).toBe(
      'Останься он⍽в⍽Чечне, ему грозило⍽бы «убийство чести»',
    );
    expect(typeset('убили из-за «чести» семьи')).toBe('убили из-за⍽«чести» семьи');
  });

  it('keep a number with its word, unit or month, and the groups of a number together', () => {
    expect(typeset('заплатить выкуп в 1,5 млн рублей или пойти на войну')).toBe(
      'заплатить выкуп в⍽1,5⍽млн рублей или пойти на⍽войну',
    );
    expect(typeset('ещё до того, как 21 сентября 2022 года')).toBe(
      'ещё до⍽того, как 21⍽сентября 2022⍽года',
    );
    expect(typeset('В 2022 году СК SOS помогла 48 людям')).toBe(
      'В⍽2022⍽году СК⍽SOS помогла 48⍽людям',
    );
    expect(typeset('с 2017 года эвакуировали 17 000 человек')).toBe(
      'с⍽2017⍽года эвакуировали 17⍽000⍽человек',
    );
  });

  it('keep a spaced dash on the line of the word before it', () => {
    expect(
      typeset('не пробыл в России и нескольких часов — его почти сразу переправили дальше'),
    ).toBe('не⍽пробыл в⍽России и⍽нескольких часов⍽— его почти сразу переправили дальше');
  });

  it('leave hyphens, abbreviations and a word that continues the text before it alone', () => {
    expect(typeset('ЛГБТ-люди, т.е. все')).toBe('ЛГБТ-люди, т.е. все');
    // «<Term>Сфер</Term>ы и…»: «ы» ends a word that an element began.
    expect(typeset('ы и её сотрудники', 'Сфер')).toBe('ы и⍽её⍽сотрудники');
    expect(typeset(' и в Грозном', 'Сфера')).toBe(' и⍽в⍽Грозном');
    // «*в* Грозном»: the element ends in a space of its own.
    expect(typeset('Грозном и в', 'в  ')).toBe('Грозном и⍽в');
  });

  it('change nothing the second time, and nothing in English', () => {
    const once = russianTypography('Им пригрозили отправить в СИЗО, где об их ориентации узнают');
    expect(russianTypography(once)).toBe(once);
    expect(typographyFor('en')('Sent to the front in 2022 — a 1.5 m rouble ransom')).toBe(
      'Sent to the front in 2022 — a 1.5 m rouble ransom',
    );
  });
});

describe('the data text', () => {
  it('gets the same spaces when i18next renders it, counts filled in', () => {
    const t = createTranslator('ru', {figures: figuresRu}, typographyFor('ru'));
    expect(shown(t('figures.people', {count: 882}))).toBe('882⍽человека');
  });
});

/** Every node of the tree with the text or attribute it carries. */
function* nodes(
  node: MdNode,
): Generator<MdNode & {url?: string; attributes?: {value?: unknown}[]}> {
  yield node;
  for (const child of node.children ?? []) yield* nodes(child);
}

describe('a page’s typography', () => {
  const page = [
    'В 2017 году <Term id="chechnya" title="в Чечне">в Чечне</Term> [и в Ингушетии](https://example.org/?q=в "и в заголовке")',
    '',
    'Код `в 2017 году` остаётся как есть.',
    '',
    '```',
    'и в коде',
    '```',
  ].join('\n');
  const tree = createProcessor().parse(page) as unknown as MdNode;
  typesetTree(tree, 'ru');
  const all = [...nodes(tree)];
  const valuesOf = (type: string) =>
    all.filter((node) => node.type === type).map((node) => shown(String(node.value)));

  it('changes the text, inside elements and links too', () => {
    expect(valuesOf('text')).toEqual([
      'В⍽2017⍽году ',
      'в⍽Чечне',
      ' ',
      'и⍽в⍽Ингушетии',
      'Код ',
      ' остаётся как есть.',
    ]);
  });

  it('leaves code, link targets and titles, and attributes as written', () => {
    expect(valuesOf('inlineCode')).toEqual(['в 2017 году']);
    expect(valuesOf('code')).toEqual(['и в коде']);
    const link = all.find((node) => node.type === 'link') as {url?: string; title?: string};
    expect([link.url, link.title]).toEqual(['https://example.org/?q=в', 'и в заголовке']);
    const term = all.find((node) => node.type === 'mdxJsxTextElement');
    expect(term?.attributes?.map(({value}) => value)).toEqual(['chechnya', 'в Чечне']);
  });
});

describe('the search across a non-breaking space', () => {
  interface LunrIndex {
    search(query: string): {ref: string}[];
  }
  interface BuildIndex {
    buildIndex(
      documents: {i: number; t: string}[][],
      options: {
        language: string[];
        removeDefaultStopWordFilter: string[];
        removeDefaultStemmer: boolean;
      },
    ): {index: LunrIndex}[];
  }
  const require = createRequire(import.meta.url);
  // The search plugin's own index builder, set up as docusaurus.config.ts sets it.
  const {buildIndex} =
    require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex') as BuildIndex;
  const text = russianTypography('В 2022 году СК SOS помогла 48 людям выехать из Чечни');
  const [built] = buildIndex([[{i: 1, t: text}]], {
    language: ['ru', 'en'],
    removeDefaultStopWordFilter: [],
    removeDefaultStemmer: false,
  });

  // Not «году», a stop word the Russian search drops.
  it.each(['Чечни', 'помогла', '2022', 'SOS', 'людям', 'выехать'])(
    'finds «%s» next to one',
    (word) => {
      expect(text).toContain('\u00A0');
      expect(built?.index.search(word).map(({ref}) => ref)).toEqual(['1']);
    },
  );
});
