// Who a share is for, as three presets over the redaction switches. A preset
// only sets the switches: the switches stay the truth (a link records them,
// never the preset), so a reader can change any of them and the page then
// says which preset, if any, the choice still matches.

import type { LocalizedText } from '../analysis.ts';
import { REDACTION_SWITCHES, type RedactionSwitch } from './redaction-switches.ts';

export const SHARE_PRESETS = ['private', 'colleague', 'public'] as const;

export type SharePreset = (typeof SHARE_PRESETS)[number];

export interface SharePresetInfo {
  name: SharePreset;
  label: LocalizedText;
  /** Who it suits and what the recipient keeps. */
  explanation: LocalizedText;
  switches: readonly RedactionSwitch[];
}

export const SHARE_PRESET_INFO: Record<SharePreset, SharePresetInfo> = {
  private: {
    name: 'private',
    label: { en: 'Private', de: 'Privat' },
    explanation: {
      en: 'For yourself: everything stays, and every verdict can be checked again from the link.',
      de: 'Für Sie selbst: Alles bleibt, und jedes Urteil lässt sich aus dem Link erneut prüfen.',
    },
    switches: [],
  },
  // A colleague debugging delivery needs the domains, the servers, the IP
  // addresses and the Message-IDs (to find the message in logs), and the body
  // for content filters; the people are what they do not need.
  colleague: {
    name: 'colleague',
    label: { en: 'To a colleague', de: 'Für Kolleginnen und Kollegen' },
    explanation: {
      en: 'The people are hidden (the part of each address before the @, and every name); domains, servers, IP addresses and Message-IDs stay, so the route and SPF can still be followed.',
      de: 'Die Personen werden verborgen (der Teil jeder Adresse vor dem @ und alle Namen); Domains, Server, IP-Adressen und Message-IDs bleiben, damit sich der Weg und SPF nachvollziehen lassen.',
    },
    switches: ['local-parts', 'display-names'],
  },
  public: {
    name: 'public',
    label: { en: 'Public forum', de: 'Öffentliches Forum' },
    explanation: {
      en: 'Everything that can be redacted is: no body, no addresses, names, IP addresses, internal host names, Message-IDs or tenant IDs. The verdicts from before redaction travel with the link.',
      de: 'Alles, was sich schwärzen lässt, wird geschwärzt: kein Nachrichtentext, keine Adressen, Namen, IP-Adressen, internen Hostnamen, Message-IDs oder Mandanten-IDs. Die Urteile von vor dem Schwärzen reisen mit dem Link.',
    },
    switches: REDACTION_SWITCHES,
  },
};

/** The switches of a preset, in the order of REDACTION_SWITCHES. */
export function presetSwitches(preset: SharePreset): RedactionSwitch[] {
  return REDACTION_SWITCHES.filter((name) => SHARE_PRESET_INFO[preset].switches.includes(name));
}

/** The preset these switches make exactly, or null when they were changed to something else. */
export function matchingPreset(switches: readonly RedactionSwitch[]): SharePreset | null {
  const on = new Set(switches);
  return (
    SHARE_PRESETS.find((preset) => {
      const wanted = SHARE_PRESET_INFO[preset].switches;
      return wanted.length === on.size && wanted.every((name) => on.has(name));
    }) ?? null
  );
}
