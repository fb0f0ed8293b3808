// The page's side of working offline: it registers the service worker
// (src/offline/service-worker.ts, built as sw.js) and says what state the
// offline copy is in. Only the production build has a sw.js; the dev
// server and browsers without service workers simply work online.

export type OfflineState =
  /** No offline copy: the dev server, a browser without service workers, or registration refused. */
  | 'unavailable'
  /** The copy is being stored. */
  | 'storing'
  /** This version is stored: the page works with the network off. */
  | 'ready'
  /** A newer version is stored and waits for the next visit. */
  | 'update-waiting'
  /** The page is a new version since the last visit. */
  | 'updated';

// Left by the service worker in its cache when it replaced an older version.
const UPDATED_NOTE = 'offline-updated';

export class Offline {
  state = $state<OfflineState>('unavailable');
  #registration: ServiceWorkerRegistration | null = null;

  async start(): Promise<void> {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    try {
      const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
      this.#registration = registration;
      const controlled = navigator.serviceWorker.controller !== null;
      this.state = controlled ? 'ready' : 'storing';
      navigator.serviceWorker.addEventListener('message', (event) => {
        if (event.data === 'updated') void this.#takeUpdatedNote();
      });
      registration.addEventListener('updatefound', () => this.#follow(registration.installing));
      if (registration.waiting && controlled) this.state = 'update-waiting';
      else if (registration.installing) this.#follow(registration.installing);
      await navigator.serviceWorker.ready;
      if (this.state === 'storing') this.state = 'ready';
      await this.#takeUpdatedNote();
    } catch {
      // A browser that refuses (private mode, storage off) keeps working online.
      this.state = 'unavailable';
    }
  }

  /** Use the waiting version now: it takes over, and the page loads again with it. */
  useNewVersion(): void {
    const waiting = this.#registration?.waiting;
    if (!waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage('use-new-version');
  }

  #follow(worker: ServiceWorker | null): void {
    worker?.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      // With a controller this is a newer version; without, the first copy.
      this.state = navigator.serviceWorker.controller ? 'update-waiting' : 'ready';
    });
  }

  /** The service worker's note that it replaced an older version: said once, then removed. */
  async #takeUpdatedNote(): Promise<void> {
    // Only a page of the new version says it: the old page that asked for
    // the update is about to reload and must leave the note for it.
    if (this.state !== 'ready') return;
    const note = new URL(UPDATED_NOTE, this.#registration!.scope).href;
    if (!(await caches.match(note))) return;
    for (const name of await caches.keys()) await (await caches.open(name)).delete(note);
    this.state = 'updated';
  }
}
