/** Which Fluent theme matches Office's current one. */
export type PaneTheme = 'light' | 'dark';

/** Relative luminance of a `#RRGGBB` colour, or null when it is not one. */
function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = Number.parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Office exposes its theme only as colours; a dark body background means a
 * dark theme (Black, Dark Gray). Anything unknown stays light.
 */
export function themeFromBackground(bodyBackgroundColor: string | undefined): PaneTheme {
  const value = bodyBackgroundColor === undefined ? null : luminance(bodyBackgroundColor);
  return value !== null && value < 0.2 ? 'dark' : 'light';
}
