// The three share presets set the redaction switches, and a choice of
// switches is named by the preset it makes, or by none once it differs.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SHARE_PRESETS, SHARE_PRESET_INFO, matchingPreset, presetSwitches } from '../../../src/core/share/share-presets.ts';
import { REDACTION_SWITCHES } from '../../../src/core/share/redaction-switches.ts';

describe('share presets', () => {
  it('go from nothing redacted (private) through the people (colleague) to everything (public forum)', () => {
    expect(presetSwitches('private')).toEqual([]);
    expect(presetSwitches('colleague')).toEqual(['local-parts', 'display-names']);
    expect(presetSwitches('public')).toEqual([...REDACTION_SWITCHES]);
  });

  it('each preset names itself back, whatever the order of its switches', () => {
    for (const preset of SHARE_PRESETS) {
      expect(matchingPreset(presetSwitches(preset))).toBe(preset);
      expect(matchingPreset([...presetSwitches(preset)].reverse())).toBe(preset);
    }
  });

  it('a changed choice matches no preset', () => {
    expect(matchingPreset(['local-parts'])).toBeNull();
    expect(matchingPreset(['local-parts', 'display-names', 'ip-addresses'])).toBeNull();
    expect(matchingPreset(REDACTION_SWITCHES.filter((name) => name !== 'body'))).toBeNull();
  });

  it('names a preset exactly when the set of switches is one, for every subset of the switches', () => {
    fc.assert(
      fc.property(fc.subarray([...REDACTION_SWITCHES]), (switches) => {
        const named = matchingPreset(switches);
        const same = (preset: (typeof SHARE_PRESETS)[number]) => new Set(presetSwitches(preset)).size === switches.length && switches.every((name) => presetSwitches(preset).includes(name));
        expect(named).toBe(SHARE_PRESETS.find(same) ?? null);
      }),
    );
  });

  it('say what they do in English and German', () => {
    for (const preset of SHARE_PRESETS) {
      const { label, explanation } = SHARE_PRESET_INFO[preset];
      for (const text of [label, explanation]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.de.length).toBeGreaterThan(0);
        expect(text.de).not.toBe(text.en);
      }
    }
  });
});
