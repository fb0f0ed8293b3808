// Scenario links and the lesson words: a link names a scenario and a step,
// anything else (a share link above all) is not one; every lesson word is
// in both languages with the same placeholders.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioRoute, scenarioHash } from '../../../src/ui/teaching/scenario-route.ts';
import { TEXT } from '../../../src/ui/teaching/teaching-text.ts';

describe('scenario links', () => {
  it('reads a scenario and a step, counting steps from 1', () => {
    expect(parseScenarioRoute('#scenario/normal-path')).toEqual({ name: 'normal-path', step: 0 });
    expect(parseScenarioRoute('#scenario/normal-path/step/3')).toEqual({ name: 'normal-path', step: 2 });
    expect(parseScenarioRoute('#scenario/normal-path/step/0')).toEqual({ name: 'normal-path', step: 0 });
  });

  it('leaves share links and anything else alone', () => {
    for (const hash of ['', '#', '#v1.AAAA', '#results', '#scenario/', '#scenario/Upper', '#scenario/x/step/', '#scenario/x/step/-1', '#scenario/a b']) {
      expect(parseScenarioRoute(hash), hash).toBeNull();
    }
  });

  it('makes the links it reads, for any name and step', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,80}$/), fc.integer({ min: 0, max: 998 }), (name, step) => {
        expect(parseScenarioRoute(scenarioHash(name, step))).toEqual({ name, step });
        expect(parseScenarioRoute(scenarioHash(name))).toEqual({ name, step: 0 });
      }),
    );
  });

  it('never takes a fragment of any Unicode text for a link unless it is one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const route = parseScenarioRoute(`#${text}`);
        if (route) expect(`#${text}`.startsWith(`#scenario/${route.name}`)).toBe(true);
      }),
    );
  });
});

describe('lesson words', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('exist in English and German with the same placeholders', () => {
    for (const [key, text] of Object.entries(TEXT)) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.de.trim(), key).not.toBe('');
      expect(placeholders(text.de), key).toEqual(placeholders(text.en));
    }
  });
});
