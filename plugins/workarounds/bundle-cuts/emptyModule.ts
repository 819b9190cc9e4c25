/** Stands in for Prism's grammars on /search (34 KiB; goes when the theme loads them only for a code block): see index.ts. */
export {};
