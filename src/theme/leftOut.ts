/**
 * For theme parts this site leaves out, so that their code does not ship to every page: should the
 * site ever use one, rendering it stops the build with what to do, instead of leaving it out unseen.
 */
export function leftOut(swizzled: string, usedBy: string | false): null {
  if (usedBy) throw new Error(`${usedBy}: delete src/theme/${swizzled} to show it`);
  return null;
}
