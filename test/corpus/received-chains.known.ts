// Where our reading of the 123 chains and SpamAssassin 4.0.1's relays
// (relays.json) disagree, and why. relays.json is one independent reading,
// not ground truth; each class below was checked against the field as
// written. `got` is exactly what the runner prints.

import type { KnownTable } from './support/corpus-report.ts';

const HELO_LITERAL =
  '"from [address] by host": the FROM clause holds the HELO the client sent, an address literal (RFC 5321 §4.4, §4.1.3); SpamAssassin 4.0.1 drops it here, while its own rcvd_parser table keeps such a HELO as "!address!"';
const ORIGINATING =
  'SpamAssassin adds the address of the X-Originating-IP field as a last relay; that field is not a Received field and its writer is unknown, so we do not make a hop of it';
const BY_ADDRESS =
  '"from 196.170.26.200 by 200.83.104.67;" (no WITH, an address as receiver): a forged-looking field below the boundary; SpamAssassin skips it, we read it and it stays below the trust boundary, never used for SPF';
const NO_BY =
  'the field has no BY clause; SpamAssassin skips it, we read the client it names (hop role relay, receiver unknown)';
const EMPTY_BY =
  '"from 139.88.66.159 by ;" names no receiver; SpamAssassin skips it, we read the client address and show the empty BY';
const EXCHANGE_ONE_NAME =
  'Exchange writes one name before the address ("apiron13.triara.com (200.57.129.98)"): the field does not say whether it is the EHLO or a looked-up name, so we keep it as the HELO with a note; SpamAssassin calls it the reverse name too';
const EXIM_HELO =
  'Exim\'s form "name ([address]:port helo=x)": the name before the parenthesis is the looked-up host name and x the HELO; SpamAssassin reads the looked-up name only when an "(Exim …)" comment is present';
const QMAIL_SCANNER =
  'qmail-scanner repeats the client of the SMTP hop below it ("from 223.152.177.168 by mail.sgis.com.cn … with qmail-scanner"); we keep it as an internal content-filter hop, SpamAssassin skips the line, so the relays shift by one';

export const KNOWN: KnownTable = {
  'relays/spamassassin/nice/008': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.example.com/example.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.example.com/" },
  'relays/spamassassin/nice/009': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.example.com/example.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.example.com/" },
  'relays/spamassassin/nice/010': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.spamassassin.org/spamassassin.org/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.spamassassin.org/" },
  'relays/spamassassin/nice/011': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.paypal.com/paypal.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.paypal.com/" },
  'relays/spamassassin/nice/012': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.ebay.com/ebay.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.ebay.com/" },
  'relays/spamassassin/nice/013': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.paypal.com/paypal.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.paypal.com/" },
  'relays/spamassassin/nice/014': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.example.com/example.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.example.com/" },
  'relays/spamassassin/nice/015': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.example.com/example.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.example.com/" },
  'relays/spamassassin/nice/crlf-endings': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.example.com/example.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.example.com/" },
  'relays/spamassassin/nice/mailman_message.txt': { cause: 'rfc-vs-tool', reason: ORIGINATING, got: "64.49.198.145/mail1.mailwizards.com/mail1.mailwizards.com/vm4-ext.prodigy.net/g852QJix196066 | 198.144.4.3/wine.codeweavers.com/wine.codeweavers.com/mail1.mailwizards.com/g852QIu06714 | 127.0.0.1/wine/localhost.localdomain/wine.codeweavers.com/g852ClF25431 | 12.235.88.76/12-235-88-76.client.attbi.com/mail.wine.dyndns.org/wine.codeweavers.com/g8527bF25126 | 127.0.0.1/localhost/mail.wine.dyndns.org/mail.wine.dyndns.org/g8527Z0a029784" },
  'relays/spamassassin/nice/orig_ip_hdr.eml': { cause: 'rfc-vs-tool', reason: ORIGINATING, got: "64.142.3.173/dnsbltest.spamassassin.org/dnsbltest.spamassassin.org/probeer.bokxing.nl/YN8t6r6y41Ly" },
  'relays/spamassassin/spam/012': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.paypal.com/paypal.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.paypal.com/" },
  'relays/spamassassin/spam/013': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.example.com/example.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.example.com/" },
  'relays/spamassassin/spam/015': { cause: 'rfc-vs-tool', reason: BY_ADDRESS, got: "200.83.104.67//CM-vtr0-104-67.cm.vtr.net/eclectic.kluge.net/23F574480F4 | 196.170.26.200///200.83.104.67/" },
  'relays/spamassassin/spam/016': { cause: 'rfc-vs-tool', reason: BY_ADDRESS, got: "200.83.104.67//CM-vtr0-104-67.cm.vtr.net/eclectic.kluge.net/23F574480F4 | 196.170.26.200///200.83.104.67/" },
  'relays/spamassassin/spam/017': { cause: 'rfc-vs-tool', reason: BY_ADDRESS, got: "200.83.104.67//CM-vtr0-104-67.cm.vtr.net/eclectic.kluge.net/23F574480F4 | 196.170.26.200///200.83.104.67/" },
  'relays/spamassassin/spam/018': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "80.8.136.186/mail1.paypal.com/paypal.com/b.mx.sonic.net/i19FLtmt026870 | 8.141.200.111//[8.141.200.111]/mail1.paypal.com/" },
  'relays/spamassassin/spam/gtubedcc.eml': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "192.168.1.1//[192.168.1.1]/mail.example.com/gQQvHEt9CmmU" },
  'relays/spamassassin/spam/gtubedcc_crlf.eml': { cause: 'rfc-vs-tool', reason: HELO_LITERAL, got: "192.168.1.1//[192.168.1.1]/mail.example.com/gQQvHEt9CmmU" },
  'relays/spamassassin/spam/utf16.eml': { cause: 'rfc-vs-tool', reason: NO_BY, got: "91.119.73.19/mx.example.com/mx.example.com//" },
  'relays/spamscope/mail_malformed_3': { cause: 'rfc-vs-tool', reason: EMPTY_BY, got: "189.207.175.29//192.168.15.15/smtp.test.net/ | 139.88.66.159////" },
  'relays/spamscope/mail_test_17': { cause: 'rfc-vs-tool', reason: EXCHANGE_ONE_NAME, got: "200.57.129.98//apiron13.triara.com/APCNHUB11.correo.local/14.3.498.0 | 152.228.133.10//vps-051e4cda.vps.ovh.net/apiron13.triara.com/ | 127.0.0.1/localhost/vps-051e4cda.vps.ovh.net/vps-051e4cda.vps.ovh.net/29AKBWdZ005349" },
  'relays/spamscope/mail_test_8': { cause: 'rfc-vs-tool', reason: EXIM_HELO, got: "198.23.142.158/host.colocrossing.com/04d930f1.moneytrack.top/smtp.dakota.net/ | 127.0.0.1/04d930f1.lyeo00hp.moneytrack.top/lyeo00hp.moneytrack.top/lyeo00hp.moneytrack.top/04EKOWYD930WHFJSF1" },
  'relays/spamscope/mail_test_9': { cause: 'rfc-vs-tool', reason: QMAIL_SCANNER, got: "218.15.33.11//sgis.com.cn/smtp.didi.net/ | 223.152.177.168///mail.sgis.com.cn/ | 223.152.177.168//ljhw/0/" },
};
