/**
 * The app's state, mirrored in the URL. User changes push a history entry;
 * back/forward (popstate) restore the state from the URL.
 */
import { decodeLink, decodeState, encodeState, type AppState, type UrlNotice } from './url-codec';
import { REFUSING } from './url-guard';

export * from './url-codec';

export class UrlState {
  current: AppState = $state(decodeState(''));
  /** what the link held that was not used as it was (oversized, malformed, unknown values) */
  notices: UrlNotice[] = $state([]);
  /** whether the notices are about the link that was opened or about a change the user just made */
  noticesFrom: 'link' | 'change' = $state('link');

  constructor() {
    this.#read();
    window.addEventListener('popstate', () => this.#read());
  }

  /** Take the state from the address bar; a link that needed correcting is replaced by the corrected one. */
  #read(): void {
    const { state, notices } = decodeLink(location.search);
    this.current = state;
    this.notices = notices;
    this.noticesFrom = 'link';
    if (notices.length > 0) {
      const query = encodeState(state);
      history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
    }
  }

  dismissNotices(): void {
    this.notices = [];
  }

  /** Apply a user change and record it in history (one entry per change). */
  update(patch: Partial<AppState>): void {
    const next: AppState = { ...this.current, ...patch };
    const query = encodeState(next);
    const { state, notices } = decodeLink(query); // normalise (dedupe, clamp) exactly as a reload would
    if (notices.some((n) => REFUSING.has(n.problem))) {
      // A state no link can carry is not applied: a reload or a shared link would lose it.
      this.notices = notices;
      this.noticesFrom = 'change';
      return;
    }
    this.current = state;
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
