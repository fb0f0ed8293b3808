// Where our Received parser and SpamAssassin's or MHA's disagree, and why.
// Each entry was read against the MTA's format; `got` is exactly what the
// runner prints, so a change of behaviour makes the entry stale.
//
// Classes:
// - one-name form "name (address)": SpamAssassin calls the name a reverse
//   name; outside qmail (whose qmail-smtpd writes the looked-up name and
//   leaves out an equal HELO) the field does not say which name it is, and
//   Critical Path's own examples show HELO names (rousalka.dyndns.org for
//   a Noos address has no such PTR). We keep it as the HELO and say so.
// - an address is not a reverse name; a bracketed HELO is a HELO.
// - webmail's looked-up client name is kept; SpamAssassin drops it.
// - content-filter lines that repeat the client address are read (and
//   marked internal), not skipped.
// - MHA joins repeated clauses and reads a date without a time as midnight;
//   we keep the first clause and leave the time unknown.

import type { KnownTable } from './support/corpus-report.ts';

export const KNOWN: KnownTable = {
  'spamassassin/010 from 156.56.111.196 by blazing.arsecandle.org (envelope-from': {
    cause: 'rfc-vs-tool',
    reason: 'qmail-scanner repeats the client address of the SMTP hop; we read it and mark the hop internal (content filter, passed over for SPF), SpamAssassin skips the line',
    got: 'relay 156.56.111.196///blazing.arsecandle.org/ (internal)',
  },
  'spamassassin/046 from [127.0.0.1] ([127.0.0.1:50024]) by bm1-13.ed10.com (ece': {
    cause: 'rfc-vs-tool',
    reason: 'ecelerity writes "HELO ([address:port])": "[127.0.0.1]" is the HELO literal the client sent (RFC 5321 §4.4 FROM clause); SpamAssassin drops it here but keeps "!ip!" HELOs elsewhere',
    got: '127.0.0.1//[127.0.0.1]/bm1-13.ed10.com/10/BD-03444-F4DB6054',
  },
  'spamassassin/076 from dyn-81-166-39-132.ppp.tiscali.fr (81.166.39.132) by cpm': {
    cause: 'rfc-vs-tool',
    reason: 'one-name form "name (address)" of Critical Path: the field does not say whether the name is the HELO or a looked-up name; we keep it as the HELO with a note, SpamAssassin calls it the reverse name',
    got: '81.166.39.132//dyn-81-166-39-132.ppp.tiscali.fr/cpmail.dk.tiscali.com/3FE6899B004FE7A4',
  },
  'spamassassin/091 from 211.245.85.228  (EHLO ) (211.245.85.228) by mta232.mail': {
    cause: 'rfc-vs-tool',
    reason: 'Yahoo wrote the client address where qmail writes the looked-up name: an address is not a reverse DNS name, so we give none; SpamAssassin copies the address',
    got: '211.245.85.228///mta232.mail.scd.yahoo.com/',
  },
  'spamassassin/097 from perceptions.couk.com (81.103.146.112) by n082.sc1.cp.ne': {
    cause: 'rfc-vs-tool',
    reason: 'one-name form of Critical Path (an authenticated submission: a mail program names itself); kept as the HELO, SpamAssassin calls it the reverse name',
    got: '81.103.146.112//perceptions.couk.com/n082.sc1.cp.net/414B418B002D65F1',
  },
  'spamassassin/099 from rousalka.dyndns.org (81.64.155.54) by mx.laposte.net (7': {
    cause: 'rfc-vs-tool',
    reason: 'one-name form of Critical Path; a dyndns.org name for a Noos address is a name the user chose (HELO), not a PTR record; SpamAssassin calls it the reverse name',
    got: '81.64.155.54//rousalka.dyndns.org/mx.laposte.net/413489B100C9C1FD',
  },
  'spamassassin/141 from ausisaps301-dmz.aus.amer.dell.com ([143.166.226.16]) (S': {
    cause: 'rfc-vs-tool',
    reason: 'SquirrelMail writes the browser\'s looked-up host name before its address; HTTP has no HELO, so we keep the name as the reverse name, SpamAssassin drops it',
    got: '143.166.226.16/ausisaps301-dmz.aus.amer.dell.com//www.penguintowne.org/',
  },
  'mha singles/single 3 "Received: by me by you with this with that with w': {
    cause: 'rfc-vs-tool',
    reason: 'repeated BY and WITH clauses (RFC 5321 §4.4 allows one each): MHA joins them ("me; you"), we keep the first and show the others as not understood',
    got: 'from= by=me with=this id= for= via= time=1522071336270 delay=-1',
  },
  'mha singles/single 9 "Received: (qmail 10876 invoked from network); 24 ': {
    cause: 'rfc-vs-tool',
    reason: 'qmail\'s "(qmail N invoked from network)" is a comment, not a BY clause; MHA shows the comment as "by", we read it as an internal qmail-queue step with no receiving host named',
    got: 'from= by= with= id= for= via= time=1408896818000 delay=-1',
  },
  'mha singles/single 12 "Received: ; 22 Apr 2018"': {
    cause: 'rfc-vs-tool',
    reason: 'a date without a time of day (RFC 5322 §3.3 requires one) gives no instant; MHA assumes midnight UTC, we leave the time unknown and say so',
    got: 'from= by= with= id= for= via= time= delay=-1',
  },
};
