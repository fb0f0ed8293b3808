// The shape of an SPF evaluation tree (spf-tree.ts): plain JSON, as it
// crosses the records worker's boundary and prints with --json.

import type { AuthResult, LocalizedText } from '../../analysis.ts';

export interface SpfConnection {
  ip: string;
  /** MAIL FROM, or postmaster@HELO for the null sender (§2.4). */
  sender: string;
  helo: string;
}

export interface SpfTreeTerm {
  text: string;
  name: string;
  /** 1 when the term costs a lookup against the limit of 10. */
  lookups: number;
  /** The name the term made us ask, after macro expansion; null when none was asked. */
  target: string | null;
  /** The lookup came back empty (NXDOMAIN or no records): a void lookup (§4.6.4). */
  void: boolean;
  /** The record an include or redirect led to. */
  child: SpfTreeNode | null;
  /** With a connection: this term matched and decided the branch. */
  matched: boolean;
  /** Why the walk stopped at or could not follow this term. */
  note: LocalizedText | null;
}

export interface SpfTreeNode {
  domain: string;
  /** The SPF record found at the domain; null when none. */
  record: string | null;
  /** What the TXT lookup found: one record, none, more than one (permerror), or no answer. */
  found: 'record' | 'none' | 'multiple' | 'dns-error';
  terms: SpfTreeTerm[];
  /** Lookups counted while this branch was evaluated, its includes and redirect included. */
  lookups: number;
  voidLookups: number;
  /** The branch's own check_host() result (§2.6); without a connection, what is left when no address matches. */
  result: AuthResult;
}

export interface SpfEvaluation {
  root: SpfTreeNode;
  /** The whole evaluation's lookups and void lookups (the limits are global, §4.6.4). */
  lookups: number;
  voidLookups: number;
  limits: { lookups: number; voidLookups: number };
  /** With a connection: check_host()'s result. Without: null. */
  result: AuthResult | null;
  /** Where a limit was first passed ("include:x.example in example.com"), or null. */
  overLimit: { what: 'lookups' | 'void'; at: string } | null;
  /** Every name asked, in order, as "TYPE name". */
  questions: string[];
}
