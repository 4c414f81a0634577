/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour moved toward black (on a light background) or white (on a dark one) until it reaches
 * `min` contrast with `background`: theme colours such as comment grey are a shade too faint for AA.
 */
export function ensureContrast(color: string, background: string, min = 4.6): string {
  const hex = /^#[0-9a-f]{6}/i.exec(color)?.[0];
  if (!hex) return color;
  const target = luminance(background) > 0.5 ? 0 : 255;
  let channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let out = hex.toLowerCase();
  for (let step = 0; step < 40 && contrastRatio(out, background) < min; step++) {
    channels = channels.map((c) => Math.round(c + (target - c) * 0.1));
    out = `#${channels.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  }
  return out;
}
