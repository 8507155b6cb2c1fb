import { onBeforeUnmount, onMounted } from 'vue';
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router';

/**
 * Nothing unsaved is lost by leaving: a navigation in the app first saves (`flush`) and, if that
 * fails, asks before going; closing or reloading the tab gets the browser's own warning.
 */
export function useLeaveGuard(options: {
  pending: () => boolean;
  flush: () => Promise<boolean>;
  confirmLeave: () => boolean;
}) {
  async function guard(): Promise<boolean> {
    if (!options.pending()) return true;
    return (await options.flush()) || options.confirmLeave();
  }
  onBeforeRouteLeave(guard);
  // Another exam's dossier is the same page with another parameter.
  onBeforeRouteUpdate((to, from) => (to.params.exam === from.params.exam ? true : guard()));

  function beforeUnload(event: BeforeUnloadEvent): void {
    if (!options.pending()) return;
    event.preventDefault();
    void options.flush();
  }
  onMounted(() => window.addEventListener('beforeunload', beforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', beforeUnload));
}
