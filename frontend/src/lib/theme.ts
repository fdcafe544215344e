import { createTheme } from '@mantine/core';
import type { Translate } from './i18n/provider';

/**
 * Mantine's theme, with the accessible names of the buttons Mantine draws itself (close, clear, show password)
 * in the user's language: Mantine leaves them unnamed or in English.
 */
export function createAppTheme(t: Translate) {
  return createTheme({
    primaryColor: 'teal',
    // Shade 9 keeps white button text above the 4.5:1 contrast ratio.
    primaryShade: 9,
    defaultRadius: 'sm',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    components: {
      // A badge never truncates its word (in a crowded table the column widens or scrolls instead).
      Badge: { styles: { label: { overflow: 'visible' } } },
      CloseButton: { defaultProps: { 'aria-label': t('common.close') } },
      InputClearButton: { defaultProps: { 'aria-label': t('common.clear') } },
      PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('auth.togglePassword') } } },
    },
  });
}

/** `teal.7` → the theme's CSS variable, for a chart legend's swatches (the chart resolves the same names). */
export const themeColor = (name: string) => `var(--mantine-color-${name.replace('.', '-')})`;
