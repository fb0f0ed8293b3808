// MIME fields (RFC 2045, 2183, 3282, 2557) with RFC 2231 parameters.

import { part, rfc, text, type CatalogueEntry, type Explained } from './catalogue-entry.ts';
import { parseMimeValue } from '../message/rfc2231-parameters.ts';
import { decodeEncodedWords } from '../message/rfc2047-encoded-words.ts';

const PARAMETER_MEANINGS: Record<string, ReturnType<typeof text>> = {
  charset: text('Character set of the text (RFC 2046 §4.1.2).', 'Zeichensatz des Textes (RFC 2046 §4.1.2).'),
  boundary: text('The line that separates the parts of a multipart body (RFC 2046 §5.1.1).', 'Die Zeile, die die Teile eines mehrteiligen Inhalts trennt (RFC 2046 §5.1.1).'),
  name: text('A file name (older form; Content-Disposition filename is the standard place).', 'Ein Dateiname (ältere Form; der übliche Ort ist filename in Content-Disposition).'),
  filename: text('The suggested file name of an attachment (RFC 2183 §2.3).', 'Der vorgeschlagene Dateiname eines Anhangs (RFC 2183 §2.3).'),
  'report-type': text('The kind of report: delivery-status is a bounce (RFC 6522, RFC 3464).', 'Die Art des Berichts: delivery-status ist eine Unzustellbarkeitsmeldung (RFC 6522, RFC 3464).'),
  format: text('format=flowed: soft line breaks the reader may rewrap (RFC 3676).', 'format=flowed: weiche Zeilenumbrüche, die das Leseprogramm neu umbrechen darf (RFC 3676).'),
  delsp: text('With format=flowed: delete the space before a soft line break (RFC 3676 §4.2).', 'Bei format=flowed: Leerzeichen vor einem weichen Umbruch entfernen (RFC 3676 §4.2).'),
  type: text('The root part of a multipart/related body (RFC 2387).', 'Der Hauptteil eines multipart/related-Inhalts (RFC 2387).'),
  size: text('Size of the attachment in bytes, as the sender stated it (RFC 2183 §2.7).', 'Größe des Anhangs in Bytes laut Absender (RFC 2183 §2.7).'),
  'creation-date': text('When the attached file was created (RFC 2183 §2.4).', 'Wann die angehängte Datei erstellt wurde (RFC 2183 §2.4).'),
  'modification-date': text('When the attached file was last changed (RFC 2183 §2.5).', 'Wann die angehängte Datei zuletzt geändert wurde (RFC 2183 §2.5).'),
  protocol: text('The signature or encryption protocol of a multipart/signed or /encrypted body (RFC 1847).', 'Das Signatur- oder Verschlüsselungsverfahren eines multipart/signed- oder /encrypted-Inhalts (RFC 1847).'),
  micalg: text('The hash algorithm of the signature (RFC 1847 §2.1).', 'Der Hash-Algorithmus der Signatur (RFC 1847 §2.1).'),
};

function explainMimeValue(value: string): Explained {
  const mime = parseMimeValue(value);
  const parts = [part('value', mime.value.toLowerCase(), null)];
  for (const p of mime.parameters) {
    const form =
      p.form === 'rfc2231'
        ? text(` Written per RFC 2231${p.charset ? ` in ${p.charset}` : ''}${p.language ? `, language ${p.language}` : ''}.`, ` Nach RFC 2231 geschrieben${p.charset ? `, Zeichensatz ${p.charset}` : ''}${p.language ? `, Sprache ${p.language}` : ''}.`)
        : p.form === 'rfc2047-in-quotes'
          ? text(' Written as RFC 2047 words inside quotes, which RFC 2047 §5 forbids but all readers decode.', ' Als RFC-2047-Wörter in Anführungszeichen geschrieben, was RFC 2047 §5 verbietet, aber alle Leseprogramme dekodieren.')
          : text('', '');
    const known = PARAMETER_MEANINGS[p.name.toLowerCase()];
    const meaning = known || form.en ? text(`${known?.en ?? ''}${form.en}`.trim(), `${known?.de ?? ''}${form.de}`.trim()) : null;
    parts.push(part(p.name.toLowerCase(), p.value, meaning, known ? 'documented' : 'unknown'));
  }
  const decoded = [mime.value, ...mime.parameters.map((p) => `${p.name}="${p.value}"`)].join('; ');
  return { decoded, parts };
}

const ENCODINGS: Record<string, ReturnType<typeof text>> = {
  '7bit': text('Plain ASCII lines, no encoding.', 'Reine ASCII-Zeilen, keine Kodierung.'),
  '8bit': text('Lines with 8-bit bytes, no encoding.', 'Zeilen mit 8-Bit-Bytes, keine Kodierung.'),
  binary: text('Arbitrary bytes; rarely allowed in mail (RFC 3030).', 'Beliebige Bytes; in E-Mail selten erlaubt (RFC 3030).'),
  'quoted-printable': text('Mostly readable text; other bytes written as =XX (RFC 2045 §6.7).', 'Überwiegend lesbarer Text; andere Bytes als =XX geschrieben (RFC 2045 §6.7).'),
  base64: text('Bytes written as letters, digits, + and / (RFC 2045 §6.8).', 'Bytes als Buchstaben, Ziffern, + und / geschrieben (RFC 2045 §6.8).'),
};

export const MIME_ENTRIES: CatalogueEntry[] = [
  {
    id: 'mime-version',
    names: ['mime-version'],
    references: [rfc(2045, '4')],
    summary: text('Says the message uses MIME; the only version is 1.0.', 'Zeigt an, dass die Nachricht MIME verwendet; die einzige Version ist 1.0.'),
    knowledge: 'documented',
    explain: (value) => {
      const version = value.replace(/\([^()]{0,200}\)/g, '').trim();
      return version === '1.0' ? {} : { parts: [part('version', version, text('Not 1.0: readers treat it as 1.0 anyway.', 'Nicht 1.0: Leseprogramme behandeln es trotzdem als 1.0.'), 'inferred')] };
    },
  },
  {
    id: 'content-type',
    names: ['content-type'],
    references: [rfc(2045, '5'), rfc(2046), rfc(2231)],
    summary: text('What the body is (text, HTML, multipart, an attachment) and its parameters such as the character set.', 'Was der Inhalt ist (Text, HTML, mehrteilig, Anhang) und seine Parameter wie den Zeichensatz.'),
    knowledge: 'documented',
    explain: explainMimeValue,
  },
  {
    id: 'content-disposition',
    names: ['content-disposition'],
    references: [rfc(2183), rfc(2231)],
    summary: text('Whether a part is shown inline or offered as an attachment, with its file name.', 'Ob ein Teil direkt angezeigt oder als Anhang angeboten wird, mit Dateinamen.'),
    knowledge: 'documented',
    explain: explainMimeValue,
  },
  {
    id: 'content-transfer-encoding',
    names: ['content-transfer-encoding'],
    references: [rfc(2045, '6')],
    summary: text('How the body bytes are encoded for transport.', 'Wie die Bytes des Inhalts für den Transport kodiert sind.'),
    knowledge: 'documented',
    explain: (value) => {
      const word = value.trim().toLowerCase();
      const meaning = ENCODINGS[word];
      return { parts: [part('encoding', word, meaning ?? text('Not an encoding RFC 2045 defines.', 'Keine in RFC 2045 definierte Kodierung.'), meaning ? 'documented' : 'unknown')] };
    },
  },
  {
    id: 'content-description',
    names: ['content-description'],
    references: [rfc(2045, '8')],
    summary: text('A free-text description of the part.', 'Eine freie Beschreibung des Teils.'),
    knowledge: 'documented',
    explain: (value) => ({ decoded: decodeEncodedWords(value).text }),
  },
  {
    id: 'content-language',
    names: ['content-language'],
    references: [rfc(3282, '2')],
    summary: text('The language(s) of the content, as language tags (en-US, de).', 'Die Sprache(n) des Inhalts als Sprach-Tags (en-US, de).'),
    knowledge: 'documented',
  },
  {
    id: 'accept-language',
    names: ['accept-language'],
    references: [rfc(3282, '3')],
    summary: text(
      'The languages the sender prefers for replies, best first, as language tags with optional q= weights. Outlook and Exchange fill it from the sender\'s language settings.',
      'Die Sprachen, die der Absender für Antworten bevorzugt, die liebste zuerst, als Sprach-Tags mit optionaler Gewichtung q=. Outlook und Exchange füllen es aus den Spracheinstellungen des Absenders.',
    ),
    knowledge: 'documented',
    explain: (value) => ({
      // A handful of tags is normal; 20 bounds a hostile list.
      parts: value.split(',').map((tag) => tag.trim()).filter(Boolean).slice(0, 20).map((tag, index) => part(`language[${index}]`, tag, null)),
    }),
  },
  {
    id: 'content-location',
    names: ['content-location', 'content-base'],
    references: [rfc(2557, '4')],
    summary: text('A URL the part stands for, so HTML can refer to it.', 'Eine URL, für die der Teil steht, damit HTML darauf verweisen kann.'),
    knowledge: 'documented',
  },
  {
    id: 'content-md5',
    names: ['content-md5'],
    references: [rfc(1864)],
    summary: text('An MD5 checksum of the body; obsolete and not a security measure.', 'Eine MD5-Prüfsumme des Inhalts; veraltet und keine Sicherheitsmaßnahme.'),
    knowledge: 'documented',
  },
  {
    id: 'content-length',
    names: ['content-length', 'lines'],
    references: [rfc(1036, '2.2.12'), { title: 'Mutt and mbox: Content-Length', url: 'https://www.jwz.org/doc/content-length.html' }],
    summary: text(
      'Size of the body (Content-Length, bytes) or its line count (Lines). Not a mail header of any standard: mbox and news software write it, and mail software should not trust it. Inferred from the programs that write it and the values (byte and line counts).',
      'Größe des Inhalts (Content-Length, Bytes) oder Zeilenzahl (Lines). Kein Mail-Header eines Standards: mbox- und News-Software schreiben ihn, Mailsoftware sollte ihm nicht trauen. Erschlossen aus den Programmen, die es schreiben, und den Werten (Byte- und Zeilenzahlen).',
    ),
    knowledge: 'inferred',
  },
];
