/**
 * The search page sets its results from every search it starts, in the order they finish, with no
 * way to drop a stale one (the theme's SearchPage). A search that fetches parts of the index can
 * finish after a later one — «Ар» waiting for its shard while «Арс» had its own — and would then
 * replace the results of the words in the field. Wrapped here, every search answers with the
 * results of the latest one started, so whichever finishes last, the words typed last win.
 */
export function latestOnly<Args extends unknown[], Result>(
  search: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  let latest: Promise<Result> | undefined;
  return async (...args) => {
    const mine = search(...args);
    latest = mine;
    let answered = mine;
    let result = await answered;
    while (latest !== answered && latest !== undefined) {
      answered = latest;
      result = await answered;
    }
    return result;
  };
}
