// Quiz questions made from any analysis, so a class can practise on a
// message someone pasted: which hop was first encrypted, at which hop SPF
// is checked, which domain DMARC protects, which signature shows the body
// was changed. A pure function of the Analysis: the page reads what the
// core found and asks about it; it parses nothing itself. A question is
// asked only where the analysis knows its answer for certain.

import type { Analysis, Hop, LocalizedText } from '../../core/analysis.ts';
import type { QuizQuestion } from '../../core/teaching/scenario.ts';

/** At most four options, as in the scenarios: more is guessing, not knowing. */
const MAX_OPTIONS = 4;

const same = (text: string): LocalizedText => ({ en: text, de: text });

function hopLabel(hop: Hop): LocalizedText {
  const from = hop.from ?? hop.reverseName ?? hop.ip ?? '?';
  const by = hop.by ?? '?';
  const proto = hop.with ? ` (${hop.with})` : '';
  return { en: `Hop ${hop.number}: ${from} → ${by}${proto}`, de: `Station ${hop.number}: ${from} → ${by}${proto}` };
}

/**
 * The answer and its distractors in a fixed order that does not give the
 * answer away: sorted by their English text, so the right option is not
 * always first, and the same analysis always asks the same way.
 */
function arrange(answer: LocalizedText, others: LocalizedText[]): { options: LocalizedText[]; answer: number } {
  const options = [answer, ...others.slice(0, MAX_OPTIONS - 1)].sort((a, b) => a.en.localeCompare(b.en));
  return { options, answer: options.indexOf(answer) };
}

/** Hops near the answer first: the distractors a reader could mistake for it. */
function nearbyHops(hops: Hop[], answer: Hop): Hop[] {
  return hops.filter((hop) => hop !== answer).sort((a, b) => Math.abs(a.number - answer.number) - Math.abs(b.number - answer.number));
}

function firstTlsHop(analysis: Analysis): QuizQuestion | null {
  const first = analysis.hops.find((hop) => hop.tls === true);
  if (!first || analysis.hops.length < 3) return null;
  const { options, answer } = arrange(hopLabel(first), nearbyHops(analysis.hops, first).map(hopLabel));
  return {
    prompt: { en: 'Which is the first hop that was encrypted with TLS?', de: 'Welche ist die erste Station, die mit TLS verschlüsselt war?' },
    options,
    answer,
    explanation: {
      en: `Hop ${first.number} is the oldest Received field that records TLS (a protocol word such as ESMTPS, RFC 3848, or the cipher in a comment). Hops before it were not encrypted or do not say.`,
      de: `Station ${first.number} ist die älteste Received-Zeile, die TLS festhält (ein Protokollwort wie ESMTPS, RFC 3848, oder die Verschlüsselung in einem Kommentar). Stationen davor waren unverschlüsselt oder sagen es nicht.`,
    },
  };
}

function spfHop(analysis: Analysis): QuizQuestion | null {
  const number = analysis.path?.envelopeHop.hop ?? null;
  const hop = analysis.hops.find((candidate) => candidate.number === number);
  if (!hop || analysis.hops.length < 3 || !analysis.spf) return null;
  const { options, answer } = arrange(hopLabel(hop), nearbyHops(analysis.hops, hop).map(hopLabel));
  return {
    prompt: { en: 'At which hop is SPF checked?', de: 'An welcher Station wird SPF geprüft?' },
    options,
    answer,
    explanation: {
      en: `SPF judges the client that handed the message into the receiving organisation: hop ${hop.number}, from ${hop.ip ?? '?'}. Hops after it are the receiver's own, hops before it are the sender's side (RFC 7208 §2.4). ${analysis.path!.envelopeHop.reason.en}`,
      de: `SPF beurteilt den Client, der die Nachricht an die empfangende Organisation übergab: Station ${hop.number}, von ${hop.ip ?? '?'}. Spätere Stationen gehören dem Empfänger, frühere der Absenderseite (RFC 7208 §2.4). ${analysis.path!.envelopeHop.reason.de}`,
    },
  };
}

function dmarcDomain(analysis: Analysis): QuizQuestion | null {
  const from = analysis.dmarc?.fromDomain?.toLowerCase();
  if (!from) return null;
  const candidates = [analysis.spf?.domain, ...analysis.dkim.map((signature) => signature.domain), analysis.hops.at(-1)?.by, analysis.envelope?.mailFrom?.split('@')[1]]
    .filter((domain): domain is string => typeof domain === 'string' && domain !== '')
    .map((domain) => domain.toLowerCase());
  const distractors = [...new Set(candidates)].filter((domain) => domain !== from);
  if (distractors.length < 2) return null;
  const { options, answer } = arrange(same(from), distractors.map(same));
  return {
    prompt: { en: 'Which domain must SPF or DKIM align with for DMARC?', de: 'Zu welcher Domain muss SPF oder DKIM für DMARC passen?' },
    options,
    answer,
    explanation: {
      en: `DMARC protects the domain in From, ${from} (RFC 7489 §3.1): a passing SPF or DKIM domain counts only if it is that domain or, in relaxed mode, shares its organisational domain${analysis.dmarc?.orgDomain ? ` (${analysis.dmarc.orgDomain})` : ''}.`,
      de: `DMARC schützt die Domain im From, ${from} (RFC 7489 §3.1): Eine bestandene SPF- oder DKIM-Domain zählt nur, wenn sie diese Domain ist oder im Modus relaxed dieselbe Organisationsdomain hat${analysis.dmarc?.orgDomain ? ` (${analysis.dmarc.orgDomain})` : ''}.`,
    },
  };
}

function changedBody(analysis: Analysis): QuizQuestion | null {
  const broken = analysis.dkim.filter((signature) => signature.bodyHash.result === 'fail');
  if (broken.length !== 1) return null;
  const signature = broken[0]!;
  const label = (d: string, s: string) => same(`d=${d} s=${s}`);
  const none: LocalizedText = { en: 'None: the body is as it was signed', de: 'Keine: Der Text ist wie signiert' };
  const others = analysis.dkim.filter((other) => other !== signature).map((other) => label(other.domain, other.selector));
  const answerLabel = label(signature.domain, signature.selector);
  const { options, answer } = arrange(answerLabel, [none, ...others]);
  return {
    prompt: { en: 'Which signature shows that the body was changed after signing?', de: 'Welche Signatur zeigt, dass der Text nach dem Signieren geändert wurde?' },
    options,
    answer,
    explanation: {
      en: `The body hash (bh=) of the ${signature.domain} signature no longer matches the body: something changed the body after ${signature.domain} signed it, on a later hop (a list footer, a disclaimer, a rewritten link). A signature whose body hash matches was made after the change, or the body did not change for it.`,
      de: `Der Text-Hash (bh=) der Signatur von ${signature.domain} passt nicht mehr zum Text: Etwas hat den Text geändert, nachdem ${signature.domain} signiert hatte, an einer späteren Station (eine Listen-Fußzeile, ein Hinweistext, ein umgeschriebener Link). Eine Signatur mit passendem Text-Hash entstand nach der Änderung, oder für sie änderte sich der Text nicht.`,
    },
  };
}

/** The questions this analysis can answer for certain; [] when it can answer none (no message, a single hop). */
export function questionsFromAnalysis(analysis: Analysis): QuizQuestion[] {
  if (!analysis.message) return [];
  return [firstTlsHop(analysis), spfHop(analysis), dmarcDomain(analysis), changedBody(analysis)].filter((question): question is QuizQuestion => question !== null && question.options.length >= 3);
}
