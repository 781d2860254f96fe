/** WCAG 2 contrast between colours written as #rgb or #rrggbb. */

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

export const isHexColour = (value: string): boolean => HEX_COLOUR.test(value)

function channels(hex: string): [number, number, number] {
  const digits =
    hex.length === 4
      ? Array.from(hex.slice(1), (d) => d + d)
      : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)]
  const [r = 0, g = 0, b = 0] = digits.map((pair) => Number.parseInt(pair, 16) / 255)
  return [r, g, b]
}

/** Relative luminance (WCAG 2.2, "relative luminance"). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The contrast ratio, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** WCAG 2.2 AA for normal-size text. */
export const AA_TEXT_CONTRAST = 4.5
