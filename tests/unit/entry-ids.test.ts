/** A list entry's `{/* #id *\/}` becomes the entry's id and its link to itself, in the compiled page. */
import {type CompileOptions, compile} from '@mdx-js/mdx';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkEntryIds from '../../plugins/remark-entry-ids';

const entryIds = remarkEntryIds as unknown as NonNullable<CompileOptions['remarkPlugins']>[number];

async function compiled(value: string): Promise<string> {
  const page = new VFile({path: 'docs/history/timeline.mdx', value});
  return String(await compile(page, {remarkPlugins: [entryIds]}));
}

describe('an entry with an id', () => {
  it('carries the id, and a link to it named after its first words', async () => {
    const code = await compiled(
      '- {/* #event-2017-04-07 */} **7 апреля.** Сеть вывезла из Чечни первого человека, и это ещё не всё.\n- Без id.\n',
    );
    expect(code).toMatch(/_components\.li, \{\s*id: "event-2017-04-07"/);
    expect(code).toMatch(
      /AnchorLink, \{\s*id: "event-2017-04-07",\s*label: "7 апреля\. Сеть вывезла из Чечни первого человека,…"/,
    );
    // The comment is gone, and the entry without one has neither id nor link.
    expect(code).not.toContain('#event');
    expect(code.match(/AnchorLink, \{/g)).toHaveLength(1);
    expect(code.match(/_components\.li, \{\s*id:/g)).toHaveLength(1);
  });

  it('stops the build on a malformed id, naming the file and line', async () => {
    await expect(compiled('Text\n\n- {/* #Event_1 */} Entry.\n')).rejects.toThrow(
      'docs/history/timeline.mdx:3: entry id "Event_1" must be lower-case Latin letters, digits and hyphens',
    );
  });
});
