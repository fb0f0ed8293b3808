// The notes on a hop in words, English and German: what was assumed,
// what looks wrong, what could not be read.

import type { LocalizedText } from '../analysis.ts';
import type { ReceivedNote } from './received-field.ts';

export function describeNote(note: ReceivedNote): LocalizedText {
  switch (note.code) {
    case 'reverse-unconfirmed':
      return {
        en: `The receiver marked the looked-up name as unconfirmed ("${note.detail}"): the name and the address do not point to each other.`,
        de: `Der Empfänger hat den nachgeschlagenen Namen als unbestätigt markiert („${note.detail}“): Name und Adresse verweisen nicht aufeinander.`,
      };
    case 'reverse-unknown':
      return {
        en: 'The client address has no reverse DNS name ("unknown").',
        de: 'Zur Client-Adresse gibt es keinen Reverse-DNS-Namen („unknown“).',
      };
    case 'one-name':
      return {
        en: `The field gives one name, "${note.name}", before the address: whether it is the HELO name or a looked-up name, the field does not say. It is shown as the HELO.`,
        de: `Die Zeile nennt vor der Adresse nur einen Namen, „${note.name}“: Ob das der HELO-Name oder ein nachgeschlagener Name ist, sagt sie nicht. Er wird als HELO angezeigt.`,
      };
    case 'mapped-ipv4':
      return {
        en: `The address was written as an IPv4-mapped IPv6 address (::ffff:…); the client is the IPv4 address ${note.ip} (RFC 4291 §2.5.5.2).`,
        de: `Die Adresse stand als IPv4-gemappte IPv6-Adresse da (::ffff:…); der Client ist die IPv4-Adresse ${note.ip} (RFC 4291 §2.5.5.2).`,
      };
    case 'helo-bare-address':
      return note.ip && !sameAddress(note.helo, note.ip)
        ? {
            en: `The HELO name ${note.helo} is an address, and not the client's (${note.ip}): a fake or misconfigured HELO. RFC 5321 §4.1.3 requires an address in brackets.`,
            de: `Der HELO-Name ${note.helo} ist eine Adresse, und nicht die des Clients (${note.ip}): ein gefälschtes oder falsch eingerichtetes HELO. RFC 5321 §4.1.3 verlangt eine Adresse in eckigen Klammern.`,
          }
        : {
            en: `The HELO name ${note.helo} is an address without brackets; RFC 5321 §4.1.3 requires "[${note.helo}]".`,
            de: `Der HELO-Name ${note.helo} ist eine Adresse ohne eckige Klammern; RFC 5321 §4.1.3 verlangt „[${note.helo}]“.`,
          };
    case 'helo-other-address':
      return {
        en: `The client said HELO ${note.helo} but connected from ${note.ip}: typically a mail program behind NAT naming its private address, or a fake.`,
        de: `Der Client meldete sich mit HELO ${note.helo}, verband sich aber von ${note.ip}: meist ein Mailprogramm hinter NAT, das seine private Adresse nennt, oder eine Fälschung.`,
      };
    case 'no-address-recorded':
      return { en: 'The field has an empty address literal "[]": no client address was recorded.', de: 'Die Zeile hat ein leeres Adressliteral „[]“: Es wurde keine Client-Adresse vermerkt.' };
    case 'no-semicolon':
      return {
        en: 'The ";" before the date is missing (RFC 5322 §3.6.7 requires it); the date was found at the end of the field.',
        de: 'Das „;“ vor dem Datum fehlt (RFC 5322 §3.6.7 verlangt es); das Datum wurde am Ende der Zeile gefunden.',
      };
    case 'no-date':
      return { en: 'The field has no date, so its time is unknown.', de: 'Die Zeile enthält kein Datum; ihre Zeit ist unbekannt.' };
    case 'date-unread':
      return {
        en: `The text after ";" is not a date that could be read with certainty ("${note.text}"), so the hop's time is left unknown rather than guessed.`,
        de: `Der Text nach „;“ ist kein sicher lesbares Datum („${note.text}“); die Zeit der Station bleibt unbekannt statt geraten.`,
      };
    case 'date-assumed':
      return dateAssumption(note.assumption, note.zone);
    case 'go-monotonic':
      return {
        en: 'The date ends in "m=+…", the monotonic clock reading Go prints with a time (SendGrid); it is not part of the date and was ignored.',
        de: 'Das Datum endet auf „m=+…“, den monotonen Uhrwert, den Go mit einer Zeit ausgibt (SendGrid); er gehört nicht zum Datum und wurde übergangen.',
      };
    case 'repeated-clause':
      return {
        en: `The "${note.clause}" clause appears more than once; the first was used, the others are shown as not understood.`,
        de: `Die Angabe „${note.clause}“ kommt mehrfach vor; die erste wurde verwendet, die übrigen stehen unter „nicht verstanden“.`,
      };
    case 'unclosed-comment':
      return { en: 'A "(" is never closed: the field looks cut off or damaged.', de: 'Eine „(“ wird nie geschlossen: Die Zeile wirkt abgeschnitten oder beschädigt.' };
    case 'local-user':
      return {
        en: `"${note.user}" after "from" is the local user who handed the message to ${note.host ?? 'the MTA'} (Exim writes the login name there when a local program submits), not a host: it is shown as the ident.`,
        de: `„${note.user}“ nach „from“ ist der lokale Benutzer, der die Nachricht an ${note.host ?? 'den MTA'} übergab (Exim schreibt dort den Anmeldenamen, wenn ein lokales Programm einliefert), kein Rechner: Er wird als Ident angezeigt.`,
      };
    case 'truncated':
      return {
        en: `The field is longer than ${note.limit} characters, far more than any MTA writes; only its start was read.`,
        de: `Die Zeile ist länger als ${note.limit} Zeichen, weit mehr als ein MTA schreibt; nur ihr Anfang wurde gelesen.`,
      };
  }
}

function sameAddress(helo: string, ip: string): boolean {
  return helo.replace(/^\[|\]$/g, '') === ip;
}

function dateAssumption(assumption: string, zone: string | null): LocalizedText {
  if (assumption === 'day-month-order') {
    return {
      en: 'The numeric date could be read as day/month or month/day; it was read as month/day (the US order these MTAs use). Check the time if the day is 12 or less.',
      de: 'Das numerische Datum ließe sich als Tag/Monat oder Monat/Tag lesen; gelesen wurde Monat/Tag (die US-Reihenfolge dieser MTAs). Bei Tagen bis 12 die Zeit prüfen.',
    };
  }
  if (assumption === 'zone-unknown') {
    return {
      en: `The zone "${zone}" is not one RFC 5322 defines, so its offset is unknown; the time was read as UTC and may be off by hours.`,
      de: `Die Zeitzone „${zone}“ ist in RFC 5322 nicht definiert; ihr Versatz ist unbekannt. Die Zeit wurde als UTC gelesen und kann um Stunden abweichen.`,
    };
  }
  return zone
    ? {
        en: `The zone "${zone}" is a military letter, which RFC 5322 §4.3 says to treat as unknown; the time was read as UTC.`,
        de: `Die Zeitzone „${zone}“ ist ein militärischer Buchstabe, den RFC 5322 §4.3 als unbekannt zu behandeln verlangt; die Zeit wurde als UTC gelesen.`,
      }
    : {
        en: 'The date has no time zone; the time was read as UTC and may be off by hours.',
        de: 'Das Datum hat keine Zeitzone; die Zeit wurde als UTC gelesen und kann um Stunden abweichen.',
      };
}
