// With a redaction switch on, every export of the share dialog is the
// redacted one (issue 10): the analysis of the redacted copy, as the link's
// recipient sees it. Kept here, one per page, so the dialog's buttons and
// the printout (which stands outside the dialog, beside the results) share
// one redacted copy per choice of switches.

import type { AnalysisSession } from '../analysis-session.svelte.ts';
import type { RedactedExport } from '../../worker/share-api.ts';
import type { RedactionSwitch } from '../../core/share/redaction-switches.ts';

export class RedactedExports {
  /** The last redacted copy made for the current switches; null with none on. */
  exported = $state.raw<RedactedExport | null>(null);
  #making: { key: string; result: Promise<RedactedExport | null> } | null = null;
  readonly #session: () => AnalysisSession;

  /** `session` is read at each use: the component's prop, not a copy of it. */
  constructor(session: () => AnalysisSession) {
    this.#session = session;
  }

  /** The redacted copy for these switches, made once per switches, language and analysis. */
  make(switches: RedactionSwitch[], language: 'en' | 'de'): Promise<RedactedExport | null> {
    const key = `${switches.join(',')}|${language}|${this.#session().completed}`;
    if (this.#making?.key !== key) {
      const result = this.#session().redactedExport(switches, language).then((made) => {
        if (this.#making?.key === key) this.exported = made;
        return made;
      });
      this.#making = { key, result };
    }
    return this.#making.result;
  }

  clear(): void {
    this.#making = null;
    this.exported = null;
  }
}
