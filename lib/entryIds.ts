/**
 * The explicit id of a list entry people quote (a timeline event): an MDX comment opening the
 * entry, written alike in both languages, as headings carry theirs.
 *
 *     - {/* #event-2022-04-21 *\/} **21 апреля.** …
 *
 * One reading for the build (plugins/remark-entry-ids.ts, on the MDX tree) and the page checks
 * (lib/pageChecks.ts, on the text), so the two cannot disagree on what an id is.
 */

/** The comment's text, as MDX hands it over (the expression between the braces). */
const commentPattern = /^\/\*\s*#([^\s*]+)\s*\*\/$/;
/** What an id may be: lower-case Latin letters, digits and hyphens, starting with a letter. */
export const entryIdFormat = /^[a-z][a-z0-9-]*$/;

/** The id an entry's opening comment names (well-formed or not), or undefined for any other comment. */
export function entryIdOfComment(expression: string): string | undefined {
  return commentPattern.exec(expression.trim())?.[1];
}

/** The page's top-level list entries in order: each one's id, or null for an entry without one. */
export function entryIds(body: string): (string | null)[] {
  return [...body.matchAll(/^[-*]\s+(.*)$/gm)].map((match) => {
    const comment = /^\{(\/\*.*?\*\/)\}/.exec(match[1] ?? '');
    return comment ? (entryIdOfComment(comment[1] ?? '') ?? null) : null;
  });
}
