import type { InjectionKey, Ref } from 'vue';

/**
 * What the API said of each field it refused (`{ siret: '14 chiffres…' }`): provided by
 * `useFormSubmit`, read by every `FormField` of the page that names its API field (`name`).
 */
export const FIELD_ERRORS: InjectionKey<Readonly<Ref<Readonly<Record<string, string>>>>> =
  Symbol('field-errors');
