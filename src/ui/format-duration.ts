// A delay as people read it: "4 s", "2 min 5 s", "3 h 10 min", "2 d 4 h".
// Negative delays are clock skew and keep their sign.

export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  let rest = Math.round(Math.abs(seconds));
  if (rest < 60) return `${sign}${rest} s`;
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  for (const [name, size] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count} ${name}`);
    if (parts.length === 2) break;
  }
  return sign + parts.join(' ');
}
