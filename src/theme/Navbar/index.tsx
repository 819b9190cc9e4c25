import Navbar from '@theme-original/Navbar';
import type {ReactNode} from 'react';
import QuickExit from '@site/src/components/QuickExit';
import StaticFirstStrings from '@site/src/components/StaticFirst';

/** The quick exit comes first in the page, so it is also the first stop for the keyboard. */
export default function NavbarWrapper(): ReactNode {
  return (
    <>
      <QuickExit />
      <Navbar />
      <StaticFirstStrings />
    </>
  );
}
