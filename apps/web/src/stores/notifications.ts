import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api } from '../api/client';

/** The signed-in person's unread notification count, shown in the navigation. */
export const useNotificationsStore = defineStore('notifications', () => {
  const unreadCount = ref(0);

  async function refresh(): Promise<void> {
    try {
      const { data } = await api.GET('/api/notifications', {
        params: { query: { page: 1, pageSize: 1 } },
      });
      if (data) unreadCount.value = data.unreadCount;
    } catch {
      // The count is a hint; the notifications page reports failures.
    }
  }

  function set(count: number): void {
    unreadCount.value = count;
  }

  return { unreadCount, refresh, set };
});
