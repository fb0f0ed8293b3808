// GNU Mailman 3's own fields: the hash that names the message in the list
// archive, the envelope sender the list received, and which moderation
// rules the message was checked against. X-Mailman-Version and the
// RFC 2369 List-* fields are in entries-lists.ts.

import { part, text, vendor, type CatalogueEntry, type Explained } from './catalogue-entry.ts';
import type { LocalizedText } from '../analysis.ts';

const MAILMAN_DOCS = 'https://docs.mailman3.org/projects/mailman/en/latest/src/mailman';

// Mailman 3's built-in rules (src/mailman/rules), as its moderation chain
// names them in X-Mailman-Rule-Hits and -Misses.
const RULES: Readonly<Record<string, readonly [en: string, de: string]>> = {
  'dmarc-mitigation': ['The From domain\'s DMARC policy asks the list to rewrite or wrap the message.', 'Die DMARC-Richtlinie der From-Domain verlangt, dass die Liste die Nachricht umschreibt oder einpackt.'],
  'no-senders': ['The message names no sender at all.', 'Die Nachricht nennt überhaupt keinen Absender.'],
  approved: ['The message carries the list\'s moderator password (Approved:).', 'Die Nachricht trägt das Moderationspasswort der Liste (Approved:).'],
  emergency: ['The list is in emergency moderation: every post is held.', 'Die Liste ist in Notfall-Moderation: Jeder Beitrag wird zurückgehalten.'],
  loop: ['The message has already passed through this list (X-BeenThere).', 'Die Nachricht ist schon einmal durch diese Liste gelaufen (X-BeenThere).'],
  'banned-address': ['The sender is banned from the list.', 'Der Absender ist von der Liste ausgeschlossen.'],
  'member-moderation': ['The sender is a member whose posts are moderated.', 'Der Absender ist ein Mitglied, dessen Beiträge moderiert werden.'],
  'nonmember-moderation': ['The sender is not a member of the list.', 'Der Absender ist kein Mitglied der Liste.'],
  administrivia: ['The message looks like a command (subscribe, unsubscribe) sent to the posting address.', 'Die Nachricht sieht wie ein Befehl aus (Anmelden, Abmelden), der an die Beitragsadresse ging.'],
  'implicit-dest': ['The list is not named in To or Cc.', 'Die Liste steht nicht in To oder Cc.'],
  'max-recipients': ['The message has more recipients than the list allows.', 'Die Nachricht hat mehr Empfänger, als die Liste erlaubt.'],
  'max-size': ['The message is larger than the list allows.', 'Die Nachricht ist größer, als die Liste erlaubt.'],
  'news-moderation': ['The list feeds a moderated newsgroup.', 'Die Liste speist eine moderierte Newsgruppe.'],
  'no-subject': ['The message has no subject.', 'Die Nachricht hat keinen Betreff.'],
  digests: ['The message looks like a reply quoting a whole digest.', 'Die Nachricht sieht aus wie eine Antwort, die eine ganze Sammelmail zitiert.'],
  'suspicious-header': ['A header matches the list\'s list of suspicious headers.', 'Ein Kopffeld passt zu den Mustern, die die Liste als verdächtig eingestellt hat.'],
};

// A list has a few dozen rules; a value with thousands is not Mailman's.
const MAX_RULES = 64;

function ruleMeaning(rule: string): { meaning: LocalizedText | null; knowledge: 'documented' | 'unknown' } {
  const known = RULES[rule];
  if (known) return { meaning: text(known[0], known[1]), knowledge: 'documented' };
  if (rule.startsWith('header-match-')) return { meaning: text('One of the list\'s own header-match rules.', 'Eine der eigenen Header-Match-Regeln der Liste.'), knowledge: 'documented' };
  return { meaning: null, knowledge: 'unknown' };
}

function explainRules(value: string): Explained {
  const rules = value.split(';').map((rule) => rule.trim().toLowerCase()).filter(Boolean).slice(0, MAX_RULES);
  return {
    parts: rules.map((rule) => {
      const { meaning, knowledge } = ruleMeaning(rule);
      return part(rule, rule, meaning, knowledge);
    }),
  };
}

export const MAILMAN_ENTRIES: CatalogueEntry[] = [
  {
    id: 'message-id-hash',
    names: ['message-id-hash', 'x-message-id-hash'],
    references: [vendor('GNU Mailman 3: Archivers (Message-ID-Hash)', `${MAILMAN_DOCS}/archiving/docs/common.html`)],
    summary: text(
      'Mailman 3: the base32 SHA-1 hash of the Message-ID, which names the message in the list archive (Archived-At ends in it). X-Message-ID-Hash is the older name, kept for compatibility.',
      'Mailman 3: der Base32-kodierte SHA-1-Hash der Message-ID, der die Nachricht im Listenarchiv benennt (Archived-At endet darauf). X-Message-ID-Hash ist der ältere Name, aus Kompatibilität beibehalten.',
    ),
    knowledge: 'documented',
  },
  {
    id: 'x-mailfrom',
    names: ['x-mailfrom'],
    references: [vendor('GNU Mailman 3: the LMTP runner', `${MAILMAN_DOCS}/runners/docs/lmtp.html`)],
    summary: text(
      'Mailman 3: the envelope sender (MAIL FROM) of the message as the list received it over LMTP, before the list sent it on with its own bounce address. Inferred from the values and from Mailman 3, which writes it.',
      'Mailman 3: der Umschlag-Absender (MAIL FROM) der Nachricht, wie die Liste sie per LMTP empfing, bevor sie sie mit ihrer eigenen Rücklaufadresse weiterschickte. Erschlossen aus den Werten und aus Mailman 3, das es schreibt.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'x-mailman-rules',
    names: ['x-mailman-rule-hits', 'x-mailman-rule-misses'],
    references: [vendor('GNU Mailman 3: Moderation chain', `${MAILMAN_DOCS}/chains/docs/moderation.html`), vendor('GNU Mailman 3: Rules', `${MAILMAN_DOCS}/rules/docs/rules.html`)],
    summary: text(
      'Mailman 3\'s moderation checks: X-Mailman-Rule-Hits lists the rules that matched (the reason a post was held or needed approval), X-Mailman-Rule-Misses those that were checked and did not match.',
      'Die Moderationsprüfungen von Mailman 3: X-Mailman-Rule-Hits nennt die Regeln, die zutrafen (der Grund, warum ein Beitrag zurückgehalten wurde oder freigegeben werden musste), X-Mailman-Rule-Misses die geprüften, die nicht zutrafen.',
    ),
    knowledge: 'documented',
    explain: explainRules,
  },
  {
    id: 'x-mailman',
    names: ['x-mailman-approved-at', 'x-list-administrivia'],
    pattern: /^x-mailman-/,
    references: [vendor('GNU Mailman 3 core documentation', 'https://docs.mailman3.org/projects/mailman/en/latest/')],
    summary: text(
      'Other fields of GNU Mailman: X-Mailman-Approved-At says when a moderator approved the post, X-List-Administrivia: yes marks Mailman\'s own notices (bounces, confirmations) to the list owner; the rest are notes of the list software about how it handled the message. Inferred from the names and from the messages that carry them.',
      'Weitere Felder von GNU Mailman: X-Mailman-Approved-At sagt, wann ein Moderator den Beitrag freigab, X-List-Administrivia: yes kennzeichnet Mailmans eigene Mitteilungen (Unzustellbarkeit, Bestätigungen) an den Listenbesitzer; die übrigen sind Notizen der Listensoftware, wie sie die Nachricht behandelte. Erschlossen aus den Namen und aus den Nachrichten, die sie tragen.',
    ),
    knowledge: 'inferred',
  },
];
