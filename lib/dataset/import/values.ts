/**
 * Codes and numbers as the dataset writes them. Workbooks store a figure as the double nearest the
 * published value (`17.440000000000001` for $17.44), so a number is written as the shortest decimal
 * that reads back as the same double, padded to the decimals the agency publishes it with; scaling
 * (thousands to jobs) moves the decimal point in that text, never multiplies a float.
 */

export const socCodePattern = /^\d{2}-\d{4}$/;
export const onetCodePattern = /^\d{2}-\d{4}\.\d{2}$/;

const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Whether a cell's text is a plain number (no thousands separators, no currency or percent sign). */
export function isNumberText(text: string): boolean {
  return numberPattern.test(text);
}

/** `1.5e-7` → `0.00000015`: the dataset never writes exponents. */
function withoutExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d*))?e([-+]\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = "", exponentText] = match;
  const exponent = Number(exponentText);
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const shifted =
    point <= 0 ? `0.${"0".repeat(-point)}${digits}` : point >= digits.length ? digits + "0".repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + trimZeros(shifted);
}

/** Leading zeros of the whole part and trailing zeros of the fraction removed. */
function trimZeros(text: string): string {
  const [whole, fraction = ""] = text.split(".");
  const trimmedWhole = whole.replace(/^0+(?=\d)/, "");
  const trimmedFraction = fraction.replace(/0+$/, "");
  return trimmedFraction ? `${trimmedWhole}.${trimmedFraction}` : trimmedWhole;
}

/** The shortest decimal text that reads back as the same number: `309.39999999999998` → `309.4`. */
export function shortestDecimal(text: string): string {
  const value = Number(text);
  return withoutExponent(String(Object.is(value, -0) ? 0 : value));
}

/** `shortestDecimal`, with zeros added up to `decimals` places: `20.1` → `20.10` for 2. Never rounds. */
export function publishedDecimal(text: string, decimals: number): string {
  const shortest = shortestDecimal(text);
  const [whole, fraction = ""] = shortest.split(".");
  const padded = fraction.padEnd(decimals, "0");
  return padded ? `${whole}.${padded}` : whole;
}

/**
 * A figure published in thousands as a whole count: `309.4` → `309400`. Exact on the decimal text;
 * a figure given to more than three decimals is rounded to the nearest whole one.
 */
export function thousandsToWhole(text: string): string {
  const shortest = shortestDecimal(text);
  const negative = shortest.startsWith("-");
  const [whole, fraction = ""] = (negative ? shortest.slice(1) : shortest).split(".");
  if (fraction.length > 3) return String(Math.round(Number(shortest) * 1000));
  const digits = trimZeros(whole + fraction.padEnd(3, "0"));
  return negative && digits !== "0" ? `-${digits}` : digits;
}

/** `4120` → `4,120`, for reports. */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
