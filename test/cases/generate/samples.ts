// The page's sample messages (src/ui/samples/samples.ts), each also a
// fixture case test/cases/sample-<name>/ so that the Node and Chromium
// runners check them like every other case. main.ts writes the case
// folders; samples-ui.ts copies message and zone into src/ui/samples/.

import { SAMPLE_BOUNCE } from './samples-bounce.ts';
import { SAMPLE_GREYLISTING } from './samples-greylisting.ts';
import { SAMPLE_MAILING_LIST } from './samples-mailing-list.ts';
import { SAMPLE_NORMAL } from './samples-normal.ts';
import { SAMPLE_OFFICE365 } from './samples-office365.ts';
import type { SampleCase } from './samples-parts.ts';
import { SAMPLE_PHISHING } from './samples-phishing.ts';

/** In the order of the Sample menu. */
export const SAMPLE_CASES: SampleCase[] = [SAMPLE_NORMAL, SAMPLE_MAILING_LIST, SAMPLE_PHISHING, SAMPLE_BOUNCE, SAMPLE_GREYLISTING, SAMPLE_OFFICE365];
