import { nextTick } from 'vue';

/** Moves focus to the first control marked invalid inside `form`, once the DOM is up to date. */
export async function focusFirstInvalid(form: HTMLElement | null | undefined): Promise<void> {
  await nextTick();
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** A loose e-mail check for the browser; the API has the last word. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** The API's minimum length of a password. */
export const PASSWORD_MIN_LENGTH = 10;
