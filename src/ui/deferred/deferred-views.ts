// Everything the page shows once there is a result, and the panels that
// only a scrolled page reaches: built as a chunk of its own and loaded right
// after the first paint (issue 18: the page paints with the input panel, the
// lesson index and the settings; a result needs the worker, which takes far
// longer to arrive than this chunk). A view listed here is imported by
// nothing else in the page.

export { default as Results } from '../Results.svelte';
export { announceStory } from '../summary/announce-story.ts';
export { default as SharedBanner } from '../share/SharedBanner.svelte';
export { default as SharePanel } from '../share/SharePanel.svelte';
export { default as WhatIfPanel } from '../what-if/WhatIfPanel.svelte';
export { default as AnalysisQuiz } from '../teaching/AnalysisQuiz.svelte';
export { default as DomainCheck } from '../sender/DomainCheck.svelte';
export { default as RecordWorkbench } from '../records/RecordWorkbench.svelte';
export { reshowInLanguage } from './language-switch.ts';
