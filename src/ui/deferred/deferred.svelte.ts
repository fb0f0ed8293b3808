// The deferred views (deferred-views.ts) as page state: null until their
// chunk has arrived, then the components themselves, so a view that needs
// them renders in the same flush as the rest of the page once they are here.

export type DeferredViews = typeof import('./deferred-views.ts');

class DeferredLoader {
  views = $state.raw<DeferredViews | null>(null);
  #loading: Promise<DeferredViews> | null = null;

  /** Starts the load once; after a failure, the next call tries again. */
  load(): Promise<DeferredViews> {
    this.#loading ??= import('./deferred-views.ts').then(
      (views) => (this.views = views),
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }
}

export const deferred = new DeferredLoader();
