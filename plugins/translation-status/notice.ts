/**
 * A translated page's notice, as the build writes it into the page's own front matter
 * (`frontMatter.ts`) and the page template reads it. Pure module: the page template imports it.
 */
export const translationNoticeKey = 'translation_notice';

export interface TranslationNotice {
  /** `missing`: the page shows its Russian text; `outdated`: the Russian text changed since. */
  readonly status: 'missing' | 'outdated';
  /** Address of the Russian page, base URL included, outside this locale's build. */
  readonly source: string;
}

/** The notice of a page, from its metadata's front matter, or undefined when it needs none. */
export function translationNotice(
  frontMatter: Readonly<Record<string, unknown>>,
): TranslationNotice | undefined {
  const notice = frontMatter[translationNoticeKey] as Partial<TranslationNotice> | undefined;
  return (notice?.status === 'missing' || notice?.status === 'outdated') &&
    typeof notice.source === 'string'
    ? {status: notice.status, source: notice.source}
    : undefined;
}
