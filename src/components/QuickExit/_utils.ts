import {useCallback, useEffect, useRef, useState} from 'react';

/** Class on <html> that hides the page at once, before the browser has left it. */
const hidingClass = 'quick-exit-active';
/** Presses of Shift, each within this time of the last, that trigger the exit (as on GOV.UK). */
export const shiftPressesToExit = 3;
const pressWindowMs = 2000;

/** Leaves for `url` now: hides the page first, and replaces this page in the tab's back history. */
export function leaveFor(url: string): void {
  document.documentElement.classList.add(hidingClass);
  window.location.replace(url);
}

/**
 * Quick exit by Shift pressed three times. Returns how many presses are counted so far, for the
 * visible and announced progress. Any other key resets the count, so typing capitals never exits.
 */
export function useShiftToExit(url: string): number {
  const [presses, setPresses] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      clearTimeout(timer.current);
      if (event.key !== 'Shift' || event.repeat) {
        setPresses(0);
        return;
      }
      setPresses((count) => {
        const next = count + 1;
        if (next >= shiftPressesToExit) leaveFor(url);
        return next;
      });
      timer.current = setTimeout(() => setPresses(0), pressWindowMs);
    },
    [url],
  );

  useEffect(() => {
    // Coming back (Back button, page restored from the cache) shows the page again.
    const onPageShow = () => {
      document.documentElement.classList.remove(hidingClass);
      setPresses(0);
    };
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pageshow', onPageShow);
      clearTimeout(timer.current);
    };
  }, [onKeyDown]);

  return presses;
}
