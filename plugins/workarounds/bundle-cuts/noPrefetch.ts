/** Stands in for Docusaurus's prefetch helper on /search (up to 81 KiB; goes when Docusaurus can turn on-sight prefetch off): see index.ts. */
export default function prefetch(): Promise<void> {
  return Promise.resolve();
}
