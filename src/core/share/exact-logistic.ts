// The logistic function and its inverse from + − × ÷ alone, for link
// format v3's model (context-mixing.ts). ECMAScript leaves Math.exp and
// Math.log "implementation-approximated" (ECMA-262 §21.3.2): V8 and
// SpiderMonkey may differ in the last bit, and a coder whose encoder and
// decoder disagree by one bit of one probability decodes garbage from
// there on. The four operations are exactly rounded everywhere (IEEE 754),
// so tables built from them are the same in every browser and in Node.

const LN2 = 0.6931471805599453;

/** 2^k by doubling or halving: exact, where Math.pow need not be. */
function powerOfTwo(k: number): number {
  let value = 1;
  for (let i = 0; i < k; i++) value *= 2;
  for (let i = 0; i > k; i--) value /= 2;
  return value;
}

/** e^x for |x| ≤ 40: 2^k · e^r with |r| ≤ ln 2 / 2, e^r by its Taylor series (the 24th term is below 2^−80). */
function exp(x: number): number {
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 24; n++) {
    term = (term * r) / n;
    sum += term;
  }
  return sum * powerOfTwo(k);
}

/** ln x for x > 0: x = m · 2^e with m in [1, 2), ln m = 2 artanh((m − 1) / (m + 1)) by its series. */
function ln(x: number): number {
  let m = x;
  let e = 0;
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1) {
    m *= 2;
    e--;
  }
  const t = (m - 1) / (m + 1);
  const t2 = t * t;
  let power = t;
  let sum = 0;
  for (let n = 1; n < 60; n += 2) {
    sum += power / n;
    power *= t2;
  }
  return 2 * sum + e * LN2;
}

/** 1 / (1 + e^−x). */
export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

/** ln(p / (1 − p)) for p in (0, 1). */
export function logit(p: number): number {
  return ln(p / (1 - p));
}
