// What one fixture case definition holds. The shape of the written files is
// test/cases/FORMAT.md; `why` and the other extra keys are
// ours (FORMAT.md allows keys it does not name).

export type ZoneError = 'SERVFAIL' | 'REFUSED' | 'TIMEOUT';

export interface ZoneEntry {
  A?: string[];
  AAAA?: string[];
  TXT?: (string | string[])[];
  MX?: { priority: number; exchange: string }[];
  PTR?: string[];
  CNAME?: string;
  error?: ZoneError;
}

export type Zone = Record<string, ZoneEntry>;

export type AuthWord = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy';

export interface DkimExpectation {
  domain: string;
  selector: string;
  result: AuthWord;
}

export interface Expect {
  spf?: AuthWord;
  dkim?: DkimExpectation[];
  dmarc?: AuthWord;
  arc?: 'pass' | 'fail' | 'none';
}

export interface Smtp {
  ip: string;
  helo: string;
  mailFrom: string;
}

export interface CaseDef {
  /** folder name under test/cases/ */
  name: string;
  title: string;
  /** the expected verdicts explained, with RFC sections */
  why: string;
  /** ISO 8601; defaults to NOW */
  now?: string;
  smtp?: Smtp;
  /** the raw message; CRLF unless the case is about a paste */
  message: () => string | Promise<string>;
  zone: Zone;
  expect: Expect;
  /** further keys for readers and for oracle-check.py (headersOnly, inferredEnvelope, dmarcPolicy, ...) */
  extra?: Record<string, unknown>;
}

/** The analysis clock of every case unless it says otherwise. */
export const NOW = '2026-11-27T12:00:00Z';
/** When the cases' signatures were made: before NOW, so no t= lies in the future. */
export const SIGNED_AT = '2026-11-27T11:55:00Z';
/** When the message was written (its Date field). */
export const WRITTEN_AT = '2026-11-27T11:54:30Z';
