import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import type { AppLocale } from '../i18n';
import { appPlugins } from '../test/support';
import { useFileSize } from './file-size';

function size(locale: AppLocale, bytes: number): string {
  const Probe = defineComponent({
    setup() {
      const fileSize = useFileSize();
      return () => h('span', fileSize(bytes));
    },
  });
  return mount(Probe, { global: { plugins: appPlugins(locale).plugins } }).text();
}

describe('useFileSize', () => {
  it('writes French units with a decimal comma and a no-break space', () => {
    expect(size('fr', 100)).toBe('100\u00a0o');
    expect(size('fr', 1536)).toBe('1,5\u00a0Ko');
    expect(size('fr', 5 * 1024 * 1024)).toBe('5\u00a0Mo');
  });

  it('writes English units in English', () => {
    expect(size('en', 100)).toBe('100\u00a0B');
    expect(size('en', 1536)).toBe('1.5\u00a0KB');
    expect(size('en', 3 * 1024 ** 3)).toBe('3\u00a0GB');
  });
});
