import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Calls `send` at most once per `intervalMs` with the newest value, and always with the last one.
 *
 * Why not a debounce: a debounce waits until the typist pauses, so results would stand still while
 * someone types and always arrive a full delay after the last key. This sends the first key at
 * once and then at most one value per interval: results follow the typing, the last keystroke
 * waits at most one interval (usually not at all), and bursts (pasting, holding a key) are capped.
 */
export function useThrottledCallback<T>(send: (value: T) => void, intervalMs: number) {
  const latestSend = useRef(send);
  useLayoutEffect(() => {
    latestSend.current = send;
  });
  const lastSent = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const cancel = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      cancel();
      const fire = () => {
        timer.current = undefined;
        lastSent.current = Date.now();
        latestSend.current(value);
      };
      const wait = lastSent.current + intervalMs - Date.now();
      if (wait <= 0) fire();
      else timer.current = window.setTimeout(fire, wait);
    },
    [cancel, intervalMs],
  );

  useEffect(() => cancel, [cancel]);
  return { schedule, cancel };
}

/** The value once it has stopped changing for `waitMs`. */
export function useDebouncedValue<T>(value: T, waitMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), waitMs);
    return () => window.clearTimeout(timer);
  }, [value, waitMs]);
  return debounced;
}
