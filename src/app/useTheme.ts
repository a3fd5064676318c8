// Applies the theme setting to <html data-theme>; 'system' follows prefers-color-scheme.
import { useEffect } from 'react';
import { useSettings } from '../state/settings';

export function useTheme(): void {
  const theme = useSettings((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
}
