/**
 * Theme strings of parts no page shows (the blog, admonitions, code blocks, versions, tags, edit
 * links, last-update dates), by id prefix: the client build drops them (codeTranslationsLoader.cjs).
 * Should a shipped component ever use one, the build stops (builtFilesCheck.ts): on a Russian page
 * it would show its English default.
 */
export const leftOutStringPrefixes: readonly string[] = [
  'theme.AnnouncementBar.',
  'theme.CodeBlock.',
  'theme.admonition.',
  'theme.blog.',
  'theme.common.editThisPage',
  'theme.contentVisibility.',
  'theme.docs.DocCard.',
  'theme.docs.tagDocListPageTitle',
  'theme.docs.versionBadge.',
  'theme.docs.versions.',
  'theme.lastUpdated.',
  'theme.navbar.mobileVersionsDropdown.',
  'theme.tags.',
];

/** The dropped ids that the code of one built script still asks for. */
export function droppedIdsIn(code: string): string[] {
  const ids = code.match(/["'`]theme\.[\w.]+["'`]/g) ?? [];
  return ids
    .map((quoted) => quoted.slice(1, -1))
    .filter((id) => leftOutStringPrefixes.some((prefix) => id.startsWith(prefix)));
}
