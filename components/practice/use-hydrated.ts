import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False in the server's HTML, true once React runs in the browser (keyboard shortcuts work from then on). */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
