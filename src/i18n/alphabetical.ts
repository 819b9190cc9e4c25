/**
 * A name or title as it files: by its first letter, not by an opening quote mark («Сфера», „Сфера“,
 * “Sphere”, ‘Sphere’).
 */
export function filingText(text: string): string {
  return text.replace(/^[«„"“‘'(]+/, '');
}

/** Compares names or titles in the locale's alphabetical order, ignoring case and opening quotes. */
export function alphabetical(locale: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, {sensitivity: 'base'});
  return (a, b) => collator.compare(filingText(a), filingText(b));
}
