// Where Mail Lab and flufl.bounce (GNU Mailman's bounce detectors, whose
// expected addresses ship in test/corpus/data/flufl-bounce/expected.json)
// name different failed recipients, and why. The runner fails on a
// disagreement missing here and on a listed one that no longer happens, so
// this table is always exactly the list of differences.
// Keys: "<file> (<detector>)", as the runner prints them.

/** flufl.bounce guesses where the report does not say; Mail Lab leaves the recipient unnamed. */
const GUESS = 'flufl guesses:';
/** Both readings are defensible; Mail Lab follows the RFC or the machine-readable part. */
const RFC = 'by the RFC:';
/** Mail Lab misses what a person would read there. */
const MISSED = 'missed by Mail Lab:';

export const FLUFL_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'data/sendmail_01.txt (simplematch)': `${RFC} Sendmail lists the failed address zzzzz@shaft.coal.nl "(expanded from: zzzzz@nfg.nl)"; the alias the sender wrote did not fail itself, so we give the expansion only, flufl both`,
  'data/simple_14.txt (simplematch)': `${MISSED} the sample names usery@ in its sentence and userx@ in the 552 reply (anonymised twice); we take the sentence's address, flufl both`,
  'data/simple_16.txt (simplematch)': `${GUESS} Exim says "an undisclosed address (generated from userx@example.com)": the failed address is withheld, the one it was generated from did not fail itself`,
  'data/simple_38.txt (simplematch)': `${RFC} a Sieve reject (RFC 5429 §2.1.1) answered with an MDN of disposition "deleted": we read it as a read receipt, which never has a failed recipient; flufl reads a bounce`,
  'data/yahoo_12.txt (simplematch)': `${GUESS} Yahoo's qmail-style notice names no recipient; flufl takes the To of the returned copy, which may list several people, not only the failed one`,
  'data/yale_01.txt (yale)': `${GUESS} the report names the local part "userx" only; flufl's Yale detector appends yale.edu and cs.yale.edu`,
  'data/dsn_01.txt (dsn)': `${RFC} the DSN's Final-Recipient is userx@sims-ms-daemon (RFC 3464 §2.3.2: the address at which delivery failed); flufl gives the Original-Recipient`,
  'data/dsn_04.txt (dsn)': `${RFC} the DSN's Final-Recipient is HAASM@yogi.urz.example.ch (RFC 3464 §2.3.2); flufl gives the Original-Recipient userx@example.ch`,
  'data/dsn_17.txt (dsn)': `${RFC} the delay DSN's Final-Recipient is xxx@example.fi (RFC 3464 §2.3.2); flufl gives the Original-Recipient userx@example.fi`,
  'data/llnl_01.txt (llnl)': `${MISSED} LLNL's own prose ("did not exactly match an LLNL email address") with no status, reply code or report structure; the daemon sender and the subject are weak signs only, so the message stays ordinary (medium)`,
  'data/llnl_01.txt ((all, test_detectors.py))': `${MISSED} the same LLNL message as above, run through all of flufl's detectors`,
  'data/sina_01.txt (sina)': `${MISSED} a GB2312 notice listing "<address>:" lines with no error after them, no status and no reply code; the daemon sender alone is a weak sign, so the message stays ordinary (medium)`,
  'data/aol_01.txt (aol)': `${GUESS} AOL names the screen name "screenname" without a domain; flufl appends aol.com`,
};
