/** Stands in for Docusaurus's prefetch helper: links in view are not downloaded ahead (see index.ts). */
export default function prefetch(): Promise<void> {
  return Promise.resolve();
}
