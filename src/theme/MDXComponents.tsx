import Head from '@docusaurus/Head';
import MDXA from '@theme/MDXComponents/A';
import MDXHeading from '@theme/MDXComponents/Heading';
import MDXImg from '@theme/MDXComponents/Img';
import MDXLi from '@theme/MDXComponents/Li';
import MDXUl from '@theme/MDXComponents/Ul';
import type {ComponentProps, ReactNode} from 'react';
import AnchorLink from '@site/src/components/AnchorLink';
import Cite from '@site/src/components/Cite';
import ContentNote from '@site/src/components/ContentNote';
import Term from '@site/src/components/Term';

type HeadingProps = Omit<ComponentProps<typeof MDXHeading>, 'as'>;

const headings = Object.fromEntries(
  (['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((level) => [
    level,
    (props: HeadingProps): ReactNode => <MDXHeading as={level} {...props} />,
  ]),
);

/**
 * What the pages' Markdown and components render with. Not the theme's whole set: its admonitions,
 * code blocks and collapsible details would load with every page (1.5 KiB gzip) while no page uses
 * them; a code block renders as plain `<pre>`, and `:::` boxes stop the build
 * (plugins/remark-site-refs.ts). `AnchorLink` is what plugins/remark-entry-ids.ts gives an entry with
 * an id. `Cite`, `ContentNote` and `Term` need no import in a page
 * (CONTRIBUTING.md); the data views are imported by the one page that shows each, since here they
 * and their text would load on every page.
 */
export default {
  Head,
  a: MDXA,
  img: MDXImg,
  ul: MDXUl,
  li: MDXLi,
  ...headings,
  AnchorLink,
  Cite,
  ContentNote,
  Term,
};
