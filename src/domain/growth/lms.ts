// LMS arithmetic of the WHO 2006 standards, as anthro and igrowup implement it.

export function lmsZ(y: number, L: number, M: number, S: number): number {
  return L === 0 ? Math.log(y / M) / S : ((y / M) ** L - 1) / (L * S);
}

/** Measurement on the SD line k (SDk = M(1 + L·S·k)^(1/L)). */
export function sdLine(k: number, L: number, M: number, S: number): number {
  return L === 0 ? M * Math.exp(S * k) : M * (1 + L * S * k) ** (1 / L);
}

/**
 * WHO's restricted application beyond ±3 SD (weight-based indicators): the distance past the
 * ±3 SD line is measured in units of the 2–3 SD gap, so the tail is not stretched by skewness.
 */
export function restrictedLmsZ(y: number, L: number, M: number, S: number): number {
  const z = lmsZ(y, L, M, S);
  if (z > 3) {
    const sd3 = sdLine(3, L, M, S);
    return 3 + (y - sd3) / (sd3 - sdLine(2, L, M, S));
  }
  if (z < -3) {
    const sd3neg = sdLine(-3, L, M, S);
    return -3 + (y - sd3neg) / (sdLine(-2, L, M, S) - sd3neg);
  }
  return z;
}

/** floor(x) plus 1 when the fraction is ≥ 0.5: how anthro and igrowup turn a fractional age into days. */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5);
}
