import {useEffect, useState} from 'react';
import {quickExit} from './constants';

/**
 * How many times Shift has been pressed towards the exit, as the inline script counts them (it
 * handles the keys and the leaving itself, from the first paint: plugins/quick-exit-first-paint.ts).
 */
export function useShiftPresses(): number {
  const [presses, setPresses] = useState(0);
  useEffect(() => {
    const onPress = (event: Event) => setPresses(Number((event as CustomEvent<number>).detail));
    document.addEventListener(quickExit.pressEvent, onPress);
    return () => document.removeEventListener(quickExit.pressEvent, onPress);
  }, []);
  return presses;
}
