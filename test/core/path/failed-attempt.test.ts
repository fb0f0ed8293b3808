// A bounce's failed delivery as the conversation that most likely happened
// (issue 14: "550 5.1.1 for the failed hop of a bounce"), rebuilt from the
// report of every bounce fixture case.

import { describe, expect, it } from 'vitest';
import { analyseWithZone } from '../share/share-support.ts';
import { OWN_CASES, listCaseFolders, readCase } from '../../support/fixture-cases.ts';
import { failedAttemptDialogue } from '../../../src/core/path/failed-attempt.ts';
import type { BounceRecipient } from '../../../src/core/analysis.ts';

const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

describe('the failed attempt of a bounce', () => {
  it('user unknown: RCPT TO the recipient, answered 550 5.1.1 in the server\'s own words, each line saying where it comes from', async () => {
    const fixture = readCase(`${OWN_CASES}bounce-userunknown`);
    const { analysis } = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
    const [attempt] = analysis.route!.failedAttempts;
    expect(attempt).toMatchObject({ recipient: 'bob@example.net', action: 'failed' });
    const lines = texts(attempt!.dialogue);
    const refused = lines.findIndex((text) => text.startsWith('550 5.1.1 '));
    expect(lines[refused - 1]).toBe('RCPT TO:<bob@example.net>');
    expect(lines[refused]).not.toMatch(/said:|in reply to/);
    expect(attempt!.dialogue[refused]!.source!.en).toContain('Diagnostic-Code');
  });

  it('every bounce case with a failed recipient over SMTP gets one attempt per recipient, its last reply of the status class of the report', async () => {
    let checked = 0;
    for (const folder of listCaseFolders(OWN_CASES).filter((name) => /\/bounce-[^/]+\/?$/.test(name))) {
      const fixture = readCase(folder);
      const { analysis } = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
      if (!analysis.route) continue;
      const smtpFailures = analysis.bounces.filter((r) => r.diagnosticType === null || r.diagnosticType === 'smtp');
      expect(analysis.route.failedAttempts.length, fixture.name).toBe(smtpFailures.length);
      for (const [i, attempt] of analysis.route.failedAttempts.entries()) {
        const reply = attempt.dialogue.filter((line) => line.speaker === 'server').at(-2)!.text;
        const wanted = smtpFailures[i]!.statusClass === 'transient' ? '4' : '5';
        expect(reply[0], `${fixture.name}: ${reply}`).toBe(wanted);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('stops where the failure came: at the greeting, after MAIL FROM, or after the message; none for a local program', () => {
    const base = { recipient: 'bob@example.net', remoteMta: 'mx.example.net', diagnosticType: 'smtp', diagnosticCode: null, replyCode: '554', status: '5.7.1', statusClass: 'permanent', action: 'failed' } as unknown as BounceRecipient;
    expect(texts(failedAttemptDialogue({ ...base, command: 'CONN' }, 'out.example.com', null))).toEqual(['554 5.7.1', 'QUIT', '221 2.0.0 Bye']);
    expect(texts(failedAttemptDialogue({ ...base, command: 'MAIL' }, 'out.example.com', 'alice@example.com')).slice(3, 5)).toEqual(['MAIL FROM:<alice@example.com>', '554 5.7.1']);
    expect(texts(failedAttemptDialogue({ ...base, command: 'DATA' }, 'out.example.com', null)).slice(-4)).toEqual(['(the message) .', '554 5.7.1', 'QUIT', '221 2.0.0 Bye']);
    expect(failedAttemptDialogue({ ...base, diagnosticType: 'x-unix', command: null }, 'out.example.com', null)).toEqual([]);
  });
});
