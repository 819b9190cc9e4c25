/**
 * What the quick exit's inline script (plugins/quick-exit-first-paint.ts) and its React control
 * share: names in the page, and the Shift rule.
 */
export const quickExit = {
  linkSelector: 'a[data-quick-exit]',
  /** Class on <html> that hides the page at once (src/css/custom.css), before the browser leaves. */
  hidingClass: 'quick-exit-active',
  /** Attribute on <html> with the count of Shift presses, which fills the dots (styles.module.css). */
  pressesAttribute: 'data-quick-exit-presses',
  /** The status region that says the count, with what to say after 0, 1 … presses (a JSON list). */
  statusSelector: '[data-announcements]',
  pressesToExit: 3,
  /** Presses of Shift, each within this time of the last, count (as on GOV.UK). */
  pressWindowMs: 2000,
} as const;
