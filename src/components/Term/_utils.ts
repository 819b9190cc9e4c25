/**
 * A ref for a term's link: takes off the browser's own tooltip (`title`, the names for readers
 * without JavaScript) as soon as the link is in the page with its code, since the term's own tooltip
 * then shows the same names. Done on the element rather than through React state, which would
 * render every term of the page a second time right after hydration, in one task (41 terms on the
 * timeline).
 */
export function dropNativeTooltip(link: HTMLAnchorElement | null): void {
  link?.removeAttribute('title');
}
