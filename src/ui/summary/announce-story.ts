// What the live region says when a result is brought into view: the
// summary's sentence, for those who do not see the page.

import type { AnalyzeResponse } from '../../worker/api.ts';
import { i18n } from '../i18n/i18n.svelte.ts';
import { sayPhrase } from './say-phrase.ts';
import { joinSentence, tellStory } from './story.ts';

export function announceStory(response: AnalyzeResponse | null): string {
  const story = response?.ok ? tellStory(response.analysis) : null;
  return story ? i18n.t('story.announce', { sentence: joinSentence(story.sentence.map(sayPhrase)) }) : '';
}
