// Was the hop where the message entered the receiving organisation one of
// the recipient domain's MX hosts? That is where mail for the domain is
// meant to arrive (RFC 5321 §5.1); mail that came in elsewhere took a
// backup or a forwarding path. It can be told only where the hop names its
// host and the recipient is known, and large providers write internal host
// names that are no MX target, so a mismatch is a warning, never a failure.

import { guessOrganizationalDomain } from '../net/organizational-domain.ts';
import type { Resolver } from '../../dns/resolver.ts';
import { ask, mxOf, sameHost } from './dns-question.ts';
import { cannotTell } from './reverse-dns.ts';
import { isNullMx } from './mail-domains.ts';
import { scoreItem, type ScoreItem } from './scorecard.ts';

export async function checkReceivingMx(resolver: Resolver, receivingHost: string | null, recipientDomain: string | null): Promise<ScoreItem> {
  if (!receivingHost || !receivingHost.includes('.') || !recipientDomain) {
    return scoreItem('receiving-mx', {
      status: 'cannot-tell',
      subject: receivingHost ?? recipientDomain ?? '—',
      reason: { en: 'The receiving hop does not name a full host name, or the recipient domain is not known.', de: 'Der empfangende Hop nennt keinen vollständigen Hostnamen, oder die Empfängerdomain ist unbekannt.' },
    });
  }
  const mx = await ask(resolver, recipientDomain, 'MX');
  const questions = [mx.question];
  const subject = `${receivingHost} · ${recipientDomain}`;
  if (mx.outcome.kind === 'error') return scoreItem('receiving-mx', { status: 'cannot-tell', subject, reason: cannotTell(mx.outcome), questions });
  const targets = mxOf(mx).filter((record) => !isNullMx([record])).map((record) => record.exchange.replace(/\.$/, '').toLowerCase());
  if (targets.some((target) => sameHost(target, receivingHost))) {
    return scoreItem('receiving-mx', { status: 'pass', subject, questions, reason: { en: `${receivingHost} is an MX of ${recipientDomain}.`, de: `${receivingHost} ist ein MX von ${recipientDomain}.` } });
  }
  const organisation = guessOrganizationalDomain(receivingHost.toLowerCase());
  if (targets.some((target) => guessOrganizationalDomain(target) === organisation)) {
    return scoreItem('receiving-mx', {
      status: 'pass',
      subject,
      questions,
      reason: { en: `${receivingHost} is not itself an MX target (${targets.join(', ')}), but of the same organisation (${organisation}): an internal name of the receiving system (inferred).`, de: `${receivingHost} ist selbst kein MX-Ziel (${targets.join(', ')}), gehört aber zur selben Organisation (${organisation}): ein interner Name des empfangenden Systems (geschlossen).` },
    });
  }
  return scoreItem('receiving-mx', {
    status: 'warn',
    subject,
    questions,
    reason: {
      en: `${receivingHost} is none of ${recipientDomain}'s MX targets (${targets.length > 0 ? targets.join(', ') : 'none'}): the message came in by another way (a backup, a forwarder, a filtering service), or the MX has changed since.`,
      de: `${receivingHost} ist keines der MX-Ziele von ${recipientDomain} (${targets.length > 0 ? targets.join(', ') : 'keine'}): die Nachricht kam auf anderem Weg herein (Backup, Weiterleitung, Filterdienst), oder das MX hat sich seither geändert.`,
    },
  });
}
