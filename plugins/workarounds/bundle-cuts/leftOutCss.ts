/**
 * Infima's and the themes' styles for components no page shows (alerts, avatars, badges, cards,
 * pills, tabs, numbered pagination, Algolia, mermaid, live code, the debug plugin): 1.4 KiB gzip
 * of Infima alone, in the stylesheet that is half of every page (goes when Infima can be imported
 * by component). A PostCSS plugin drops their rules from the
 * client build; should a page or component ever use one of those classes, the build stops
 * (builtFilesCheck.ts) instead of showing it unstyled.
 */

/** Class families: the block (`card`) with its elements and modifiers (`card__body`, `alert--info`). */
const leftOutClassFamilies: readonly string[] = [
  'alert',
  'avatar',
  'badge',
  'button-group',
  'card',
  'pills',
  'tabs',
  'pagination',
  'plugin-debug',
  'ask-ai',
  'theme-live-codeblock',
  'theme-mermaid',
  'theme-search-algolia',
];

const family = `(?:${leftOutClassFamilies.join('|')})`;
/** A class of a family; `pagination-nav` (the previous/next links) is a block of its own. */
const leftOutClass = new RegExp(`^${family}(?:__[\\w-]+|--[\\w-]+)?$`);
/** A selector that names a left-out class (the build's stylesheets must have none: tests/e2e/bundle.test.ts). */
export const leftOutInSelector = new RegExp(`\\.${family}(?:__[\\w-]+|--[\\w-]+)?(?![\\w-])`);

/** The parts of a PostCSS tree the plugin touches, typed here: postcss is Docusaurus's dependency. */
interface CssNode {
  readonly type: string;
  selectors?: string[];
  readonly nodes?: readonly CssNode[];
  removeChild?(child: CssNode): void;
}

/**
 * Drops each selector that names a left-out class, a rule left with none, and an at-rule left
 * empty. Through each container, not `rule.remove()`: the cascade-layers plugin moves a file's
 * rules into an `@layer` with their `parent` still the old root, so a rule would remove itself from
 * the wrong place.
 */
function dropLeftOutIn(container: CssNode): void {
  for (const node of [...(container.nodes ?? [])]) {
    if (node.type === 'rule' && node.selectors !== undefined) {
      const kept = node.selectors.filter((selector) => !leftOutInSelector.test(selector));
      if (kept.length === 0) container.removeChild?.(node);
      else if (kept.length < node.selectors.length) node.selectors = kept;
    } else if (node.type === 'atrule' && node.nodes !== undefined) {
      dropLeftOutIn(node);
      if (node.nodes.length === 0) container.removeChild?.(node);
    }
  }
}

/** Once each file is done, after the cascade-layers plugin has wrapped it in its layer. */
export const dropLeftOutRules = {
  postcssPlugin: 'nc-sos-drop-left-out-rules',
  OnceExit: dropLeftOutIn,
};

/**
 * The left-out classes a built file uses: any class in the HTML's `class` attributes; in scripts,
 * where a block's name is also an ordinary word (`badge`, `card`), the classes with an element or
 * modifier, which every use of these blocks has, and the hyphenated names.
 */
export function leftOutClassesIn(file: string, text: string): string[] {
  const tokens = file.endsWith('.html')
    ? [...text.matchAll(/\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].flatMap((match) =>
        (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/),
      )
    : [...text.matchAll(/["'`]([\w\s-]+)["'`]/g)].flatMap((match) =>
        (match[1] ?? '').split(/\s+/).filter((token) => /__|-/.test(token)),
      );
  return [...new Set(tokens.filter((token) => leftOutClass.test(token)))];
}
