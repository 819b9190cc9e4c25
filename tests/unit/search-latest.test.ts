/**
 * The search page keeps the results of the words typed last (plugins/search-on-demand/
 * latestAnswer.ts), though a search that waits for a part of the index can finish after a later one.
 */
import {describe, expect, it} from 'vitest';
import {latestOnly} from '../../plugins/search-on-demand/latestAnswer';

/** A search whose answer for each query comes when the test says. */
function controlledSearch() {
  const pending = new Map<string, (results: string[]) => void>();
  const search = (query: string) => new Promise<string[]>((resolve) => pending.set(query, resolve));
  const answer = (query: string) => pending.get(query)?.([`results for ${query}`]);
  return {search, answer};
}

describe('latestOnly', () => {
  it('answers an earlier search that finishes last with the latest search’s results', async () => {
    const {search, answer} = controlledSearch();
    const latest = latestOnly(search);
    const early = latest('ар');
    const late = latest('арс');
    answer('арс');
    expect(await late).toEqual(['results for арс']);
    answer('ар');
    expect(await early).toEqual(['results for арс']);
  });

  it('follows a search started while it waited for another', async () => {
    const {search, answer} = controlledSearch();
    const latest = latestOnly(search);
    const first = latest('а');
    const second = latest('ар');
    answer('а');
    const third = latest('арс');
    answer('ар');
    answer('арс');
    expect(await Promise.all([first, second, third])).toEqual([
      ['results for арс'],
      ['results for арс'],
      ['results for арс'],
    ]);
  });

  it('answers a lone search with its own results', async () => {
    const {search, answer} = controlledSearch();
    const only = latestOnly(search)('sphere');
    answer('sphere');
    expect(await only).toEqual(['results for sphere']);
  });
});
