import type {ReactNode} from 'react';
import {renderToHtml as renderToHtmlWithNulBytes} from '@docusaurus/core/lib/client/renderToHtml';

/**
 * Docusaurus's page rendering, without the NUL bytes React 18's stream leaves in it (index.ts).
 * A NUL byte is never part of a UTF-8 character or of HTML, so none of the page is lost.
 */
export async function renderToHtml(app: ReactNode): Promise<string> {
  return (await renderToHtmlWithNulBytes(app)).replaceAll('\0', '');
}
