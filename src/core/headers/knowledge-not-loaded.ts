// What the analysis says when a part of the header knowledge that is loaded
// on need (a catalogue group, a rule table, the confusables table) could
// not be fetched: the worker's chunks come over the network or from the
// offline cache, and either can fail (a new build deployed while the page
// was open removes the old chunks). The analysis goes on without it and
// says so, instead of throwing or showing the field as unknown.

import type { LocalizedText, Problem } from '../analysis.ts';
import { problem, PROBLEMS } from '../problems.ts';

/** The explanation of a field whose catalogue group failed to load. */
export const NOT_LOADED_EXPLANATION: LocalizedText = {
  en: 'Mail Lab knows this field, but its explanation could not be loaded for this analysis.',
  de: 'Mail Lab kennt dieses Feld, aber seine Erklärung konnte für diese Analyse nicht geladen werden.',
};

/** One problem naming every part that failed to load. */
export function knowledgeNotLoadedProblem(parts: readonly string[]): Problem {
  const known = PROBLEMS['header-knowledge-not-loaded'];
  const named = parts.join(', ');
  return problem('header-knowledge-not-loaded', { detail: { en: known.en.replace('{parts}', named), de: known.de.replace('{parts}', named) } });
}
