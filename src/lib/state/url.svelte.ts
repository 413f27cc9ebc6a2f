/**
 * The app's state, mirrored in the URL. User changes push a history entry;
 * back/forward (popstate) restore the state from the URL.
 */
import { decodeState, encodeState, type AppState } from './url-codec';

export * from './url-codec';

export class UrlState {
  current: AppState = $state(decodeState(location.search));

  constructor() {
    window.addEventListener('popstate', () => {
      this.current = decodeState(location.search);
    });
  }

  /** Apply a user change and record it in history (one entry per change). */
  update(patch: Partial<AppState>): void {
    const next: AppState = { ...this.current, ...patch };
    const query = encodeState(next);
    this.current = decodeState(query); // normalise (dedupe, clamp) exactly as a reload would
    if ('?' + query !== location.search && !(query === '' && location.search === '')) {
      history.pushState(null, '', query ? `?${query}` : location.pathname);
    }
  }
}

/** The single app-wide instance (created on first use, in the browser only). */
let instance: UrlState | null = null;
export function urlState(): UrlState {
  instance ??= new UrlState();
  return instance;
}
