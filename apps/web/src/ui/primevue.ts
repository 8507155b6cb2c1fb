import { definePreset } from '@primeuix/themes';
import Aura from '@primeuix/themes/aura';
import { en } from 'primelocale/js/en.js';
import { fr } from 'primelocale/js/fr.js';
import type { PrimeVueConfiguration, PrimeVueLocaleOptions } from 'primevue/config';
import type { AppLocale } from '../i18n';

/**
 * Aura with a darker blue as primary colour and darker muted text, so that text and controls
 * reach the WCAG AA contrast ratios (Aura's default emerald-500 on white does not), and a
 * 3 px focus ring (blue-700, 6.7:1 on white) on buttons and fields alike.
 */
export const snoPreset = definePreset(Aura, {
  semantic: {
    focusRing: { width: '3px', style: 'solid', color: '{primary.color}', offset: '2px' },
    // Aura marks a focused field by its border colour only: fields get the buttons' ring instead.
    formField: {
      focusRing: {
        width: '3px',
        style: 'solid',
        color: '{primary.color}',
        offset: '2px',
        shadow: 'none',
      },
    },
    primary: {
      50: '{blue.50}',
      100: '{blue.100}',
      200: '{blue.200}',
      300: '{blue.300}',
      400: '{blue.400}',
      500: '{blue.500}',
      600: '{blue.600}',
      700: '{blue.700}',
      800: '{blue.800}',
      900: '{blue.900}',
      950: '{blue.950}',
    },
    colorScheme: {
      light: {
        primary: {
          color: '{primary.700}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.800}',
          activeColor: '{primary.900}',
        },
        highlight: {
          background: '{primary.50}',
          focusBackground: '{primary.100}',
          color: '{primary.800}',
          focusColor: '{primary.900}',
        },
        text: {
          color: '{surface.800}',
          hoverColor: '{surface.900}',
          mutedColor: '{surface.600}',
          hoverMutedColor: '{surface.700}',
        },
      },
    },
  },
  components: {
    // Destructive actions in red-700 (6.5:1 on white); Aura's red-500 is 3.8:1, below AA.
    button: {
      colorScheme: {
        light: {
          root: {
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
            },
          },
          outlined: {
            danger: { color: '{red.700}', borderColor: '{red.700}', hoverBackground: '{red.50}' },
          },
          text: { danger: { color: '{red.700}', hoverBackground: '{red.50}' } },
        },
      },
    },
    // Language switch: unselected labels readable (Aura's slate-500 on slate-100 is 4.3:1), and the
    // selected option shown by a filled primary background rather than a faint white pill.
    togglebutton: {
      colorScheme: {
        light: {
          root: {
            color: '{surface.700}',
            hoverColor: '{surface.900}',
            checkedColor: '{primary.contrast.color}',
            borderColor: '{surface.500}',
            checkedBorderColor: '{primary.color}',
          },
          content: { checkedBackground: '{primary.color}' },
          icon: {
            color: '{surface.700}',
            hoverColor: '{surface.900}',
            checkedColor: '{primary.contrast.color}',
          },
        },
      },
    },
  },
});

/** PrimeVue's own labels (aria labels, dates, file sizes…) in each interface language. */
export const primeVueLocales: Record<AppLocale, PrimeVueLocaleOptions> = {
  fr: fr as PrimeVueLocaleOptions,
  en: en as PrimeVueLocaleOptions,
};

export function primeVueOptions(locale: AppLocale): PrimeVueConfiguration {
  return {
    theme: {
      preset: snoPreset,
      // One colour scheme for now: the app's own styles are light.
      options: { darkModeSelector: false },
    },
    locale: primeVueLocales[locale],
  };
}
