import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { PASSWORD_MIN_LENGTH } from '../ui/focus';

/** A new password typed twice, checked in the browser before it is sent. */
export function useNewPassword() {
  const { t } = useI18n();
  const password = ref('');
  const confirmation = ref('');
  const errors = reactive<{ password: string | null; confirmation: string | null }>({
    password: null,
    confirmation: null,
  });

  /** True when both fields are fine; sets the field errors otherwise. */
  function validate(): boolean {
    errors.password =
      password.value.length >= PASSWORD_MIN_LENGTH
        ? null
        : t('form.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
    errors.confirmation = confirmation.value === password.value ? null : t('form.passwordMismatch');
    return !errors.password && !errors.confirmation;
  }

  return { password, confirmation, errors, validate };
}
