// Small statistics for the benchmark: medians of per-round paired ratios, so a noisy moment of the shared machine
// touches one pair, not the whole figure.
export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median over rounds of a[i]/b[i]. */
export const pairedRatio = (a, b) => median(a.map((x, i) => x / b[i]));

/** The variants in a different order each round, so none is always measured first or last. */
export const rotate = (items, round) => items.map((_, i) => items[(i + round) % items.length]);

export const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
