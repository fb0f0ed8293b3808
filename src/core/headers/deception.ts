// Signs that the visible sender is not who it seems: a display name that
// carries another address, Reply-To or Return-Path in another organisation
// than From, look-alike domains and names (lookalike.ts), bidirectional controls
// that reorder what is shown, and a From that DMARC cannot evaluate.

import type { RawField } from '../message/header-block.ts';
import { parseAddressList, type MailAddress } from '../message/address-list.ts';
import { finding, text } from './catalogue-entry.ts';
import { displayNameFindings, domainFindings } from './lookalike.ts';
import { guessOrganizationalDomain, sameOrganization } from '../net/organizational-domain.ts';
import type { HeaderFinding } from '../analysis.ts';
import { decodeEncodedWords } from '../message/rfc2047-encoded-words.ts';

export interface FieldFindings {
  /** Findings per field index. */
  byField: Map<number, HeaderFinding[]>;
  /** Findings about the message as a whole (a From that is missing). */
  message: HeaderFinding[];
}

// An address-shaped token. Tested on one token at a time, anchored, with
// dot-separated labels whose class excludes the dot, so it cannot backtrack
// across a long hostile display name.
const ADDRESS_TOKEN = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10}\.[A-Za-z]{2,24}$/;
// A display name is a few words; past this it is padding meant to push the address out of view.
const MAX_DISPLAY_NAME_CHARS = 1000;

function embeddedAddress(displayName: string): string | null {
  for (const token of displayName.slice(0, MAX_DISPLAY_NAME_CHARS).split(/[\s"'<>()[\],;:]+/)) {
    if (token.includes('@') && ADDRESS_TOKEN.test(token)) return token;
  }
  return null;
}
// U+202A-U+202E (embeddings, overrides) and U+2066-U+2069 (isolates) reorder displayed text (Unicode UAX #9).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const SHOWN_FIELDS = new Set(['from', 'reply-to', 'sender', 'to', 'cc', 'subject']);

// Fields read here are few (From, Reply-To, ...); a message that repeats
// them thousands of times is not looked at past this many of each.
const MAX_FIELDS_PER_NAME = 20;

function add(target: Map<number, HeaderFinding[]>, index: number, item: HeaderFinding): void {
  const list = target.get(index) ?? [];
  list.push(item);
  target.set(index, list);
}

function indexesOf(fields: readonly RawField[], name: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < fields.length && found.length < MAX_FIELDS_PER_NAME; i++) if (fields[i]!.name.toLowerCase() === name) found.push(i);
  return found;
}

function addressesOf(fields: readonly RawField[], index: number): MailAddress[] {
  return parseAddressList(fields[index]!.value.slice(0, 16384)).addresses;
}

function checkDisplayName(address: MailAddress, index: number, out: Map<number, HeaderFinding[]>): void {
  if (!address.displayName || !address.address) return;
  if (address.domain) for (const item of displayNameFindings(address.displayName, address.domain)) add(out, index, item);
  const embedded = embeddedAddress(address.displayName);
  if (embedded && embedded.toLowerCase() !== address.address.toLowerCase()) {
    add(
      out,
      index,
      finding(
        'display-name-address',
        'error',
        text(
          `The display name shows the address ${embedded}, but the message is from ${address.address}. Mail programs that show only the name make this look like mail from ${embedded}.`,
          `Der Anzeigename zeigt die Adresse ${embedded}, die Nachricht stammt aber von ${address.address}. Mailprogramme, die nur den Namen zeigen, lassen sie wie Mail von ${embedded} aussehen.`,
        ),
      ),
    );
  }
}

function checkDomain(address: MailAddress, index: number, out: Map<number, HeaderFinding[]>): void {
  if (!address.domain) return;
  for (const item of domainFindings(address.domain)) add(out, index, item);
}

export function findDeception(fields: readonly RawField[]): FieldFindings {
  const byField = new Map<number, HeaderFinding[]>();
  const message: HeaderFinding[] = [];
  const fromIndexes = indexesOf(fields, 'from');
  const fromAddresses = fromIndexes.flatMap((i) => addressesOf(fields, i).filter((a) => a.address && a.domain));

  if (fromIndexes.length === 0 || fromAddresses.length === 0) {
    const item = finding(
      'dmarc-no-from',
      'warning',
      text('There is no From address, so DMARC cannot evaluate the message (RFC 9989 §5.3.1), and the author is unknown.', 'Es gibt keine From-Adresse, daher kann DMARC die Nachricht nicht bewerten (RFC 9989 §5.3.1), und der Verfasser ist unbekannt.'),
      fromIndexes,
    );
    if (fromIndexes.length === 0) message.push(item);
    else fromIndexes.forEach((i) => add(byField, i, item));
  } else if (fromIndexes.length > 1 || fromAddresses.length > 1) {
    const domains = [...new Set(fromAddresses.map((a) => a.domain!.toLowerCase()))];
    const item = finding(
      'dmarc-multiple-from',
      'warning',
      text(
        `${fromIndexes.length > 1 ? `${fromIndexes.length} From fields` : 'Several From addresses'} (${domains.join(', ')}): DMARC cannot evaluate the message (RFC 9989 §5.3.1); mail programs may show any one of them.`,
        `${fromIndexes.length > 1 ? `${fromIndexes.length} From-Felder` : 'Mehrere From-Adressen'} (${domains.join(', ')}): DMARC kann die Nachricht nicht bewerten (RFC 9989 §5.3.1); Mailprogramme zeigen womöglich irgendeine davon.`,
      ),
      fromIndexes,
    );
    fromIndexes.forEach((i) => add(byField, i, item));
  }

  const fromDomain = fromAddresses[0]?.domain?.toLowerCase() ?? null;
  for (const index of fromIndexes) {
    for (const address of addressesOf(fields, index)) {
      checkDisplayName(address, index, byField);
      checkDomain(address, index, byField);
    }
  }
  for (const name of ['reply-to', 'sender']) {
    for (const index of indexesOf(fields, name)) {
      for (const address of addressesOf(fields, index)) {
        checkDomain(address, index, byField);
        if (name === 'reply-to' && fromDomain && address.domain && !sameOrganization(address.domain, fromDomain)) {
          add(
            byField,
            index,
            finding(
              'reply-to-other-domain',
              'warning',
              text(
                `Replies go to ${address.domain}, not to the From domain ${fromDomain} (compared by organisation, inferred from the last labels). Legitimate for help desks and mailing services; a classic trick when From is forged.`,
                `Antworten gehen an ${address.domain}, nicht an die From-Domain ${fromDomain} (Vergleich nach Organisation, aus den letzten Labels abgeleitet). Legitim bei Helpdesks und Versanddiensten; ein klassischer Trick, wenn From gefälscht ist.`,
              ),
              fromIndexes,
            ),
          );
        }
      }
    }
  }
  for (const index of indexesOf(fields, 'return-path')) {
    const address = addressesOf(fields, index)[0];
    if (!fromDomain || !address?.domain || sameOrganization(address.domain, fromDomain)) continue;
    add(
      byField,
      index,
      finding(
        'return-path-other-domain',
        'info',
        text(
          `The envelope sender is in ${guessOrganizationalDomain(address.domain)}, the From address in ${guessOrganizationalDomain(fromDomain)}. Usual when a mailing service sends for the author; SPF then vouches only for ${address.domain}, and DMARC needs an aligned DKIM signature.`,
          `Der Umschlag-Absender liegt in ${guessOrganizationalDomain(address.domain)}, die From-Adresse in ${guessOrganizationalDomain(fromDomain)}. Üblich, wenn ein Versanddienst für den Verfasser sendet; SPF bürgt dann nur für ${address.domain}, und DMARC braucht eine passende DKIM-Signatur.`,
        ),
        fromIndexes,
      ),
    );
  }
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (!SHOWN_FIELDS.has(field.name.toLowerCase())) continue;
    const shown = decodeEncodedWords(field.value.slice(0, 16384)).text;
    if (BIDI_CONTROL.test(shown)) {
      add(
        byField,
        i,
        finding(
          'bidi-control',
          'error',
          text(
            `${field.name} contains Unicode bidirectional control characters: they reorder the text on screen, so what is shown differs from what is written (a trick to hide a real address or file name).`,
            `${field.name} enthält Unicode-Steuerzeichen für die Schreibrichtung: Sie ordnen den Text auf dem Bildschirm um, sodass das Angezeigte vom Geschriebenen abweicht (ein Trick, um eine echte Adresse oder einen Dateinamen zu verbergen).`,
          ),
        ),
      );
    }
  }
  return { byField, message };
}
