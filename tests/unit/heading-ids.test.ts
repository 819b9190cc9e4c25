// The heading ids the parity check compares (lib/pages.ts), in the syntax the build reads.
import {describe, expect, it} from 'vitest';
import {headingIds} from '../../lib/pages';

describe('headingIds', () => {
  it('reads the id of each heading from its MDX comment, in order', () => {
    const body =
      '## Ликвидация «Сферы» {/* #sphere-liquidation */}\n\nText\n\n### 2017 {/* #y2017 */}\n';
    expect(headingIds(body)).toEqual(['sphere-liquidation', 'y2017']);
  });
  it('gives null for a heading without an id, or with the MDX 1 form the build no longer reads', () => {
    expect(headingIds('## Без id\n\n## Old {#old}\n\n## Note {/* a remark */}\n')).toEqual([
      null,
      null,
      null,
    ]);
  });
  it('leaves the page title and comments outside headings alone', () => {
    expect(headingIds('# Title {/* #title */}\n\nText {/* #not-a-heading */}\n')).toEqual([]);
  });
});
