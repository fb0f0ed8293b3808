// Time along the chain: the delay of each hop after the previous one
// with a time, the total, clock skew (a hop stamped earlier than the hop
// before it) with the hop whose clock is most likely wrong, and the Date
// field against the clock of the analysis and the first hop.

import type { ClockSkew, DateCheck, LocalizedText } from '../analysis.ts';

export interface HopDelay {
  delaySeconds: number | null;
  /** Index of the hop the delay is measured from. */
  from: number | null;
}

// Most MTAs stamp whole seconds while others add milliseconds, so two
// stamps of the same second can differ by up to a second either way.
const RESOLUTION_SECONDS = 1;
// A skew within this distance of a whole number of hours looks like a wrong
// time zone setting rather than a drifting clock.
const ZONE_ERROR_TOLERANCE_SECONDS = 120;
// The Date field is written by the sender's machine; this much ahead of
// the clock or of the first hop is an ordinary clock error, more is flagged.
const DATE_TOLERANCE_SECONDS = 15 * 60;
// A message normally leaves within minutes of being written. A day or more
// before the first hop points to a wrong clock, a message held in an
// outbox or a queue, or an old message sent again.
const DATE_LONG_BEFORE_SECONDS = 24 * 3600;

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function computeDelays(times: readonly (number | null)[]): HopDelay[] {
  let previous: number | null = null;
  return times.map((time, index) => {
    const delay: HopDelay = { delaySeconds: null, from: null };
    if (time !== null && previous !== null) {
      delay.delaySeconds = round((time - times[previous]!) / 1000);
      delay.from = previous;
    }
    if (time !== null) previous = index;
    return delay;
  });
}

export function totalSeconds(times: readonly (number | null)[]): number | null {
  const known = times.filter((t): t is number => t !== null);
  return known.length < 2 ? null : round((known[known.length - 1]! - known[0]!) / 1000);
}

export function duration(seconds: number): LocalizedText {
  const abs = Math.abs(seconds);
  if (abs < 120) return { en: `${Math.round(abs)} s`, de: `${Math.round(abs)} s` };
  if (abs < 7200) return { en: `${Math.round(abs / 60)} min`, de: `${Math.round(abs / 60)} Min.` };
  if (abs < 172_800) return { en: `${(abs / 3600).toFixed(1)} h`, de: `${(abs / 3600).toFixed(1).replace('.', ',')} Std.` };
  return { en: `${Math.round(abs / 86400)} days`, de: `${Math.round(abs / 86400)} Tage` };
}

/** Skews between consecutive timed hops; `numbers` are the hop numbers the text names. */
export function findSkews(times: readonly (number | null)[], delays: readonly HopDelay[]): ClockSkew[] {
  const skews: ClockSkew[] = [];
  const timed = times.map((t, i) => (t === null ? null : i)).filter((i): i is number => i !== null);
  delays.forEach((delay, index) => {
    if (delay.delaySeconds === null || delay.from === null || delay.delaySeconds > -RESOLUTION_SECONDS) return;
    const older = delay.from;
    const position = timed.indexOf(index);
    const before = position >= 2 ? timed[position - 2]! : null;
    const after = position + 1 < timed.length ? timed[position + 1]! : null;
    // The older hop stands out as ahead when the hop before it is not later
    // than this one; this hop stands out as behind when the next is not earlier than the older.
    const olderAhead = before !== null && times[before]! <= times[index]!;
    const thisBehind = after !== null && times[after]! >= times[older]!;
    const culprit = olderAhead && !thisBehind ? older : thisBehind && !olderAhead ? index : null;
    const seconds = delay.delaySeconds;
    const hours = Math.round(Math.abs(seconds) / 3600);
    const zoneLike = hours >= 1 && Math.abs(Math.abs(seconds) - hours * 3600) <= ZONE_ERROR_TOLERANCE_SECONDS;
    const d = duration(seconds);
    const who: LocalizedText =
      culprit === null
        ? { en: `either the clock of hop ${older + 1} is ahead or that of hop ${index + 1} is behind; the other times do not tell which`, de: `entweder geht die Uhr von Station ${older + 1} vor oder die von Station ${index + 1} nach; die übrigen Zeiten sagen nicht, welche` }
        : culprit === older
          ? { en: `the clock of hop ${older + 1} is most likely ahead (its time is later than the hops before and after it)`, de: `vermutlich geht die Uhr von Station ${older + 1} vor (ihre Zeit liegt nach der der Stationen davor und danach)` }
          : { en: `the clock of hop ${index + 1} is most likely behind (its time is earlier than the hops around it)`, de: `vermutlich geht die Uhr von Station ${index + 1} nach (ihre Zeit liegt vor der der Stationen davor und danach)` };
    const zone: LocalizedText = zoneLike
      ? { en: ` The difference is close to ${hours} h: a wrong time zone setting is more likely than a drifting clock.`, de: ` Der Unterschied liegt nahe bei ${hours} Std.: eher eine falsch eingestellte Zeitzone als eine ungenaue Uhr.` }
      : { en: '', de: '' };
    skews.push({
      hop: index + 1,
      seconds,
      culprit: culprit === null ? null : culprit + 1,
      text: {
        en: `Hop ${index + 1} is stamped ${d.en} earlier than hop ${older + 1}, which handed the message to it: the clocks disagree, a delay cannot be negative. ${capitalised(who.en)}.${zone.en}`,
        de: `Station ${index + 1} ist ${d.de} früher gestempelt als Station ${older + 1}, die ihr die Nachricht übergeben hat: Die Uhren weichen voneinander ab, eine negative Laufzeit gibt es nicht. ${capitalised(who.de)}.${zone.de}`,
      },
    });
  });
  return skews;
}

export function checkDate(dateUtc: string | null, firstHopMs: number | null, nowMs: number): DateCheck | null {
  if (dateUtc === null) return null;
  const dateMs = Date.parse(dateUtc);
  if (Number.isNaN(dateMs)) return null;
  const toFirstHop = firstHopMs === null ? null : round((firstHopMs - dateMs) / 1000);
  const check = (verdict: DateCheck['verdict'], en: string, de: string): DateCheck => ({ date: dateUtc, verdict, secondsToFirstHop: toFirstHop, text: { en, de } });
  const ahead = (dateMs - nowMs) / 1000;
  if (ahead > DATE_TOLERANCE_SECONDS) {
    const d = duration(ahead);
    return check('future', `The Date field is ${d.en} after the time of this analysis: the sender's clock is wrong, or the date was set on purpose (some spam does this to stay at the top of the inbox).`, `Das Date-Feld liegt ${d.de} nach dem Zeitpunkt dieser Analyse: Die Uhr des Absenders geht falsch, oder das Datum wurde absichtlich so gesetzt (manche Spam-Mail will so oben im Posteingang stehen).`);
  }
  if (toFirstHop === null) {
    return check('no-hop-time', 'No Received field has a readable time, so the Date field cannot be compared with the path.', 'Keine Received-Zeile hat eine lesbare Zeit; das Date-Feld lässt sich nicht mit dem Weg vergleichen.');
  }
  const d = duration(toFirstHop);
  if (toFirstHop > DATE_LONG_BEFORE_SECONDS) {
    return check('long-before-first-hop', `The Date field is ${d.en} before the first hop: a wrong clock on the sender's machine, a message held in an outbox or queue, or an old message sent again.`, `Das Date-Feld liegt ${d.de} vor der ersten Station: eine falsche Uhr beim Absender, eine im Postausgang oder in einer Warteschlange liegengebliebene Nachricht oder eine alte, erneut gesendete Nachricht.`);
  }
  if (toFirstHop < -DATE_TOLERANCE_SECONDS) {
    return check('after-first-hop', `The Date field is ${d.en} after the first hop: the clock of the sender's machine is ahead (or the first hop's is behind).`, `Das Date-Feld liegt ${d.de} nach der ersten Station: Die Uhr des Absender-Rechners geht vor (oder die der ersten Station nach).`);
  }
  return check('ok', `The Date field is ${d.en} ${toFirstHop >= 0 ? 'before' : 'after'} the first hop: consistent.`, `Das Date-Feld liegt ${d.de} ${toFirstHop >= 0 ? 'vor' : 'nach'} der ersten Station: stimmig.`);
}
