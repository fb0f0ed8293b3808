// Spam filters that write their verdict into the header: SpamAssassin
// (X-Spam-*), rspamd (X-Spamd-Result, X-Rspamd-*), each rule with its
// meaning and score. These are the verdicts of whichever host ran the
// filter; anyone upstream can write the same fields.

import { finding, part, text, vendor, type CatalogueEntry, type ExplainContext, type Explained } from './catalogue-entry.ts';
import type { DecodedPart } from '../analysis.ts';
import { ruleTable, type RuleTables } from './rule-tables.ts';

// A rule name is upper-case letters, digits and "_" (SpamAssassin's own
// limit is 22+ characters; 80 covers local rules).
const RULE = /^[A-Z0-9_]{1,80}$/;

function describeSpamAssassinRule(tables: RuleTables, rule: string, stated: number | null): DecodedPart {
  const { SPAMASSASSIN_RULES, SPAMASSASSIN_VERSION, unlistedRuleScore } = ruleTable(tables, 'spamassassin');
  const known = SPAMASSASSIN_RULES[rule];
  if (known) {
    const [score, meaningEn, meaningDe] = known;
    const fallback = score === null;
    const defaultScore = score ?? unlistedRuleScore(rule);
    return part(
      rule,
      stated !== null ? String(stated) : '',
      text(
        `${meaningEn} Default score in SpamAssassin ${SPAMASSASSIN_VERSION}: ${defaultScore}${fallback ? ' (no score line; SpamAssassin\'s default for such rules)' : ''}.`,
        `${meaningDe} Standardpunktzahl in SpamAssassin ${SPAMASSASSIN_VERSION}: ${defaultScore}${fallback ? ' (keine Punktzeile; SpamAssassins Standard für solche Regeln)' : ''}.`,
      ),
      'documented',
      stated ?? defaultScore,
    );
  }
  return part(
    rule,
    stated !== null ? String(stated) : '',
    text('A rule Mail Lab does not know: a newer or a local rule. Its meaning is not known here.', 'Eine Regel, die Mail Lab nicht kennt: eine neuere oder eine lokale Regel. Ihre Bedeutung ist hier nicht bekannt.'),
    'unknown',
    stated,
  );
}

/** "Yes, score=5.4 required=5.0 tests=A,B=1.2 autolearn=no version=4.0.0"; old versions write hits=. */
function explainSpamStatus(value: string, context: ExplainContext): Explained {
  const verdict = /^\s*(Yes|No)\b/i.exec(value)?.[1] ?? null;
  const score = /\b(?:score|hits)=(-?\d{1,6}(?:\.\d{1,6})?)/.exec(value)?.[1] ?? null;
  const required = /\brequired=(-?\d{1,6}(?:\.\d{1,6})?)/.exec(value)?.[1] ?? null;
  // The rule list ends where the next lower-case key (autolearn=, version=) starts.
  const at = value.search(/\btests=/);
  const afterTests = at < 0 ? '' : value.slice(at + 'tests='.length);
  const end = afterTests.search(/\s[a-z_]{2,20}=/);
  const tests = end < 0 ? afterTests : afterTests.slice(0, end);
  const parts: DecodedPart[] = [];
  if (verdict) parts.push(part('verdict', verdict, verdict.toLowerCase() === 'yes' ? text('SpamAssassin classed the message as spam.', 'SpamAssassin hat die Nachricht als Spam eingestuft.') : text('SpamAssassin did not class the message as spam.', 'SpamAssassin hat die Nachricht nicht als Spam eingestuft.')));
  if (score) parts.push(part('score', score, text(`Total of the rule scores${required ? `; spam from ${required} on` : ''}.`, `Summe der Regelpunkte${required ? `; Spam ab ${required}` : ''}.`), 'documented', Number(score)));
  for (const item of tests.split(/[\s,]+/).filter(Boolean).slice(0, 300)) {
    const [rule, stated] = item.split('=');
    if (!rule || !RULE.test(rule) || rule === 'none') continue;
    parts.push(describeSpamAssassinRule(context.tables, rule, stated !== undefined && stated !== '' ? Number(stated) : null));
  }
  return { parts };
}

/** X-Spam-Report keeps one rule per line: " 0.0 SPF_PASS  SPF: sender matches SPF record". The folded form is read. */
function explainSpamReport(_value: string, context: ExplainContext): Explained {
  const raw = context.fields[context.index]!.raw;
  const parts: DecodedPart[] = [];
  for (const line of raw.split('\r\n').slice(0, 500)) {
    const match = /^[ \t*]*(-?\d{1,4}(?:\.\d{1,4})?)\s+([A-Z0-9_]{2,80})\s/.exec(line);
    if (match) parts.push(describeSpamAssassinRule(context.tables, match[2]!, Number(match[1])));
  }
  return { parts };
}

/** rspamd: "default: False [-0.10 / 15.00]; R_SPF_ALLOW(-0.20)[+ip4:…]; …" and X-Rspamd-Report "SYM(score) SYM(score)". */
function explainRspamd(value: string, context: ExplainContext): Explained {
  const { RSPAMD_SYMBOLS } = ruleTable(context.tables, 'rspamd');
  const parts: DecodedPart[] = [];
  const head = /^\s*([\w-]{1,40}):\s*(True|False)\s*\[(-?[\d.]{1,12})\s*\/\s*(-?[\d.]{1,12})\]/i.exec(value);
  if (head) {
    parts.push(
      part('verdict', head[2]!, text(`Metric "${head[1]}": ${head[2]!.toLowerCase() === 'true' ? 'spam' : 'not spam'}; score ${head[3]} of the ${head[4]} needed to reject.`, `Metrik „${head[1]}“: ${head[2]!.toLowerCase() === 'true' ? 'Spam' : 'kein Spam'}; Punktzahl ${head[3]} von ${head[4]}, ab denen abgelehnt wird.`), 'documented', Number(head[3])),
    );
  }
  for (const match of value.matchAll(/([A-Z][A-Z0-9_]{1,80})\((-?\d{1,6}(?:\.\d{1,6})?)\)(?:\[([^\]]{0,500})\])?/g)) {
    const known = RSPAMD_SYMBOLS[match[1]!];
    const options = match[3] ? ` [${match[3]}]` : '';
    parts.push(
      part(
        match[1]!,
        `${match[2]}${options}`,
        known ? text(known[0], known[1]) : text('A symbol Mail Lab does not know (newer, or a local rule).', 'Ein Symbol, das Mail Lab nicht kennt (neuer oder lokale Regel).'),
        known ? 'documented' : 'unknown',
        Number(match[2]),
      ),
    );
    if (parts.length > 300) break;
  }
  return { parts };
}

const SA_DOCS = vendor('SpamAssassin: Mail::SpamAssassin::Conf (add_header)', 'https://spamassassin.apache.org/full/4.0.x/doc/Mail_SpamAssassin_Conf.html');
const RSPAMD_DOCS = vendor('rspamd: milter headers module', 'https://rspamd.com/doc/modules/milter_headers.html');

export const SPAM_FILTER_ENTRIES: CatalogueEntry[] = [
  {
    id: 'x-spam-status',
    names: ['x-spam-status'],
    references: [SA_DOCS],
    summary: text('SpamAssassin\'s verdict: spam or not, the score, the threshold and the rules that matched.', 'SpamAssassins Urteil: Spam oder nicht, Punktzahl, Schwelle und die zutreffenden Regeln.'),
    knowledge: 'documented',
    explain: explainSpamStatus,
    tables: ['spamassassin'],
  },
  {
    id: 'x-spam-report',
    names: ['x-spam-report'],
    references: [SA_DOCS],
    summary: text('SpamAssassin\'s report: every matching rule with its points and description.', 'SpamAssassins Bericht: jede zutreffende Regel mit Punkten und Beschreibung.'),
    knowledge: 'documented',
    explain: explainSpamReport,
    tables: ['spamassassin'],
  },
  {
    id: 'x-spam-flag',
    names: ['x-spam-flag', 'x-spam'],
    references: [SA_DOCS],
    summary: text('YES when the filter classed the message as spam; mail programs sort by it.', 'YES, wenn der Filter die Nachricht als Spam eingestuft hat; Mailprogramme sortieren danach.'),
    knowledge: 'documented',
    explain: (value) => ({ findings: /^\s*yes/i.test(value) ? [finding('spam-flag', 'warning', text('A spam filter on the way classed this message as spam.', 'Ein Spamfilter unterwegs hat diese Nachricht als Spam eingestuft.'))] : [] }),
  },
  {
    id: 'x-spam-level',
    names: ['x-spam-level'],
    references: [SA_DOCS],
    summary: text('The spam score as a row of "*", one per point, so that filters can match "*****".', 'Die Spam-Punktzahl als Reihe von „*“, einer je Punkt, damit Filter auf „*****“ prüfen können.'),
    knowledge: 'documented',
    explain: (value) => ({ parts: [part('stars', String((value.match(/\*/g) ?? []).length), text('Whole points of the score (negative scores show no stars).', 'Ganze Punkte der Bewertung (negative Werte zeigen keine Sterne).'))] }),
  },
  {
    id: 'x-spam-checker-version',
    names: ['x-spam-checker-version'],
    references: [SA_DOCS],
    summary: text('Which SpamAssassin version checked the message, and on which host.', 'Welche SpamAssassin-Version die Nachricht prüfte, und auf welchem Host.'),
    knowledge: 'documented',
  },
  {
    id: 'x-spam-other',
    names: ['x-spam-score', 'x-spam-hits', 'x-spam-charsets', 'x-spam-prev-content-type', 'x-spam-known-sender', 'x-spam-sender-reputation', 'x-spam-source'],
    references: [SA_DOCS],
    summary: text(
      'Further spam-filter fields: SpamAssassin writes X-Spam-Prev-Content-Type when it wraps spam in a report, X-Spam-Known-Sender and X-Spam-Charsets through plugins; other filters reuse the X-Spam- prefix with their own meaning. Inferred from the names and the filters that write them.',
      'Weitere Felder von Spamfiltern: SpamAssassin schreibt X-Spam-Prev-Content-Type, wenn es Spam in einen Bericht einpackt, X-Spam-Known-Sender und X-Spam-Charsets über Plugins; andere Filter nutzen das Präfix X-Spam- mit eigener Bedeutung. Erschlossen aus den Namen und den Filtern, die sie schreiben.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'x-spamd-result',
    names: ['x-spamd-result', 'x-rspamd-report'],
    references: [RSPAMD_DOCS],
    summary: text('rspamd\'s verdict: spam or not, score and threshold, and every symbol with its score.', 'Das Urteil von rspamd: Spam oder nicht, Punktzahl und Schwelle, und jedes Symbol mit seinen Punkten.'),
    knowledge: 'documented',
    explain: explainRspamd,
    tables: ['rspamd'],
  },
  {
    id: 'x-rspamd',
    names: ['x-rspamd-score', 'x-rspamd-bar', 'x-spamd-bar', 'x-rspamd-action', 'x-rspamd-server', 'x-rspamd-queue-id', 'x-rspamd-pre-result'],
    references: [RSPAMD_DOCS],
    summary: text(
      'rspamd details: the score (X-Rspamd-Score), the same as a bar of "+" or "-" (X-Rspamd-Bar), the action taken, the scanning server and its queue ID.',
      'Angaben von rspamd: die Punktzahl (X-Rspamd-Score), dieselbe als Balken aus „+“ oder „-“ (X-Rspamd-Bar), die ergriffene Aktion, der prüfende Server und seine Queue-ID.',
    ),
    knowledge: 'documented',
  },
];
