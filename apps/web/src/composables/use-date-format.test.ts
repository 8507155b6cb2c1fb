import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import type { AppLocale } from '../i18n';
import { appPlugins } from '../test/support';
import { type DateFormatOptions, useDateFormat } from './use-date-format';

function format(locale: AppLocale, value: string, options?: DateFormatOptions): string {
  const Probe = defineComponent({
    setup() {
      const formatDate = useDateFormat();
      return () => h('span', formatDate(value, options));
    },
  });
  return mount(Probe, { global: { plugins: appPlugins(locale).plugins } }).text();
}

describe('useDateFormat', () => {
  it('writes a calendar day in words, in UTC so it never shifts, without a time', () => {
    expect(format('fr', '2027-01-04')).toBe('4 janvier 2027');
    expect(format('fr', '2027-01-04', { time: true })).toBe('4 janvier 2027');
    expect(format('fr', '2027-01-04', { style: 'medium' })).toBe('4 janv. 2027');
  });

  it('writes a timestamp with its time unless told not to', () => {
    const stamp = '2027-03-01T10:30:00.000Z';
    expect(format('fr', stamp)).toMatch(/^1 mars 2027 à \d{2}:30$/);
    expect(format('fr', stamp, { time: false })).toBe(
      new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date(stamp)),
    );
  });

  it('adds the seconds when asked (audit log)', () => {
    expect(format('fr', '2027-03-01T10:30:15.000Z', { style: 'medium', seconds: true })).toMatch(
      /^1 mars 2027, \d{2}:30:15$/,
    );
  });

  it('follows the interface language', () => {
    expect(format('en', '2027-01-04')).toBe('January 4, 2027');
  });
});
