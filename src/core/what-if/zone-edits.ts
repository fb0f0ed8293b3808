// What-if DNS (issue 15): the records a reader changed in an analysis's
// frozen answers, read as a list of edits by comparing the two zone.json
// snapshots. The comparison never interprets the records: a TXT that
// changed is shown as before and after, and the verdicts say what it did.

import type { ZoneEntry, ZoneFile } from '../../dns/zone-file.ts';

export type RecordEditKind = 'added' | 'removed' | 'changed';

export interface RecordEdit {
  kind: RecordEditKind;
  name: string;
  /** TXT, A, MX, …, or "error" for an answer that is a SERVFAIL, REFUSED or TIMEOUT. */
  type: string;
  /** The answers as zone.json writes them, one line each (a TXT record's strings joined). */
  before: string[];
  after: string[];
}

const presented = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join('');
  return JSON.stringify(value);
};

function answersOf(entry: ZoneEntry | undefined): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  if (!entry) return answers;
  for (const [type, value] of Object.entries(entry)) {
    if (value === undefined) continue;
    answers.set(type === 'error' ? 'error' : type, Array.isArray(value) && type !== 'CNAME' ? value.map(presented) : [presented(value)]);
  }
  return answers;
}

const lowerNames = (zone: ZoneFile) => new Map(Object.entries(zone.records).map(([name, entry]) => [name.toLowerCase().replace(/\.$/, ''), entry]));

/** Every record that differs between the original answers and the edited ones, sorted by name and type. */
export function diffZones(before: ZoneFile, after: ZoneFile): RecordEdit[] {
  const original = lowerNames(before);
  const edited = lowerNames(after);
  const edits: RecordEdit[] = [];
  for (const name of [...new Set([...original.keys(), ...edited.keys()])].sort()) {
    const was = answersOf(original.get(name));
    const now = answersOf(edited.get(name));
    for (const type of [...new Set([...was.keys(), ...now.keys()])].sort()) {
      const beforeValues = was.get(type) ?? [];
      const afterValues = now.get(type) ?? [];
      if (JSON.stringify([...beforeValues].sort()) === JSON.stringify([...afterValues].sort())) continue;
      const kind: RecordEditKind = beforeValues.length === 0 ? 'added' : afterValues.length === 0 ? 'removed' : 'changed';
      edits.push({ kind, name, type, before: beforeValues, after: afterValues });
    }
  }
  return edits;
}
