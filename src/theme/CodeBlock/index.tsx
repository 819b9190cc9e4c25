import type {ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';

/**
 * A code block, styled as the theme's but not highlighted: no page shows code, and Prism would cost
 * every reader some 25 KiB (plugins/lean-client/index.ts).
 */
export default function CodeBlock({children, className}: Props): ReactNode {
  return <ElementContent className={className}>{children}</ElementContent>;
}
