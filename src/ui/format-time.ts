// Times as the page shows them: always UTC (mail crosses time zones, and
// the hops are compared in one), to the second, without ISO's "T" and "Z".

export function formatUtc(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
