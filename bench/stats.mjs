// Small numeric helpers for the bench tables.

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Spread of samples as (p75 - p25) / median, for "is this stable" at a glance. */
export function relativeIqr(values) {
  const v = [...values].sort((a, b) => a - b);
  const q = (p) => v[Math.min(v.length - 1, Math.floor(p * (v.length - 1) + 0.5))];
  const m = median(v);
  return m > 0 ? (q(0.75) - q(0.25)) / m : 0;
}

/** 3 significant digits, no exponent for the sizes we meet. */
export function sig(x, digits = 3) {
  if (!Number.isFinite(x)) return 'n/a';
  if (x === 0) return '0';
  return String(Number(x.toPrecision(digits)));
}

/** Milliseconds, readable from microseconds to seconds. */
export function ms(x) {
  if (!Number.isFinite(x)) return 'n/a';
  if (x < 0.01) return `${sig(x * 1000, 2)}µs`;
  return `${sig(x, 3)}ms`;
}

export const pad = (s, n) => String(s).padEnd(n);
export const lpad = (s, n) => String(s).padStart(n);
