// Scenario links: `#scenario/<name>` and `#scenario/<name>/step/<n>` (n from
// 1), so a teacher can link one step. Share links use the fragment too, but
// always start with `#v<digits>.`, so the two never meet.

export interface ScenarioRoute {
  name: string;
  /** 0-based; the link counts from 1. */
  step: number;
}

// Anyone can send a link: the name is kept short and plain (no dots, no
// slashes, no percent escapes), so it can only ever name a scenario, and the
// pattern has no nested repetition to backtrack over.
const ROUTE = /^#scenario\/([a-z0-9-]{1,80})(?:\/step\/(\d{1,3}))?\/?$/;

export function parseScenarioRoute(hash: string): ScenarioRoute | null {
  const match = ROUTE.exec(hash);
  if (!match) return null;
  const step = match[2] ? Number(match[2]) - 1 : 0;
  return { name: match[1]!, step: Math.max(0, step) };
}

export function scenarioHash(name: string, step?: number): string {
  return step === undefined ? `#scenario/${name}` : `#scenario/${name}/step/${step + 1}`;
}
