// The open lesson: which scenario, which step, and the link that names
// them. Opening a scenario hands its message and frozen DNS answers to the
// analysis session exactly as a sample does: the verdicts on the page are
// the real analysis, never the scenario's stated ones.

import type { Scenario } from '../../core/teaching/scenario.ts';
import type { AnalysisSession } from '../analysis-session.svelte.ts';
import { parseScenarioRoute, scenarioHash } from './scenario-route.ts';

// The library's table of lesson files loads with the first lesson opened: a
// page used for pasted mail never fetches it (issue 18: first paint).
const library = () => import('./library.ts');

export class Lesson {
  scenario = $state.raw<Scenario | null>(null);
  step = $state(0);
  /** A link named a scenario that does not exist. */
  unknownName = $state<string | null>(null);
  loading = $state(false);
  readonly #session: AnalysisSession;

  constructor(session: AnalysisSession) {
    this.#session = session;
  }

  /** Follows the location's fragment; anything that is no scenario link is left to others (share links). */
  async followLocation(hash: string, title: (scenario: Scenario) => string): Promise<void> {
    const route = parseScenarioRoute(hash);
    if (!route) {
      // A share link opened in this tab brings another message: the lesson no longer describes it.
      if (/^#v\d+\./.test(hash)) this.scenario = null;
      return;
    }
    if (this.scenario?.name === route.name) {
      this.step = Math.min(route.step, this.scenario.steps.length - 1);
      return;
    }
    this.loading = true;
    try {
      const { loadScenario, loadScenarioFiles } = await library();
      const scenario = await loadScenario(route.name);
      // Another link may have been followed while this one loaded: the newest wins.
      if (parseScenarioRoute(location.hash)?.name !== route.name) return;
      if (!scenario) {
        this.unknownName = route.name;
        this.scenario = null;
        return;
      }
      this.unknownName = null;
      this.step = Math.min(route.step, scenario.steps.length - 1);
      this.scenario = scenario;
      const files = await loadScenarioFiles(scenario.name);
      if (!files || this.scenario !== scenario) return;
      this.#session.setText(files.message);
      this.#session.useFrozenDns({ name: title(scenario), zone: files.zone, now: scenario.now });
      await this.#session.run({ reveal: false });
    } finally {
      this.loading = false;
    }
  }

  /** Moves to a step and names it in the address, without a new history entry per click. */
  goTo(step: number): void {
    const scenario = this.scenario;
    if (!scenario) return;
    this.step = Math.max(0, Math.min(step, scenario.steps.length - 1));
    history.replaceState(history.state, '', scenarioHash(scenario.name, this.step));
  }

  close(): void {
    this.scenario = null;
    this.unknownName = null;
    history.replaceState(history.state, '', location.pathname + location.search);
  }
}
