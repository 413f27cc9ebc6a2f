/**
 * Whether the query engine failed to start, handed down by context (App.svelte provides
 * it) so every chart frame — in every view, including views added later — can say why it
 * has no data instead of showing "Loading…" for ever. Charts stay free of app state.
 */
import { getContext, setContext } from 'svelte';
import type { DbFailure } from './db.svelte';

export interface EngineStatus {
  readonly failure: DbFailure | null;
}

const KEY = Symbol('engine-status');

/** Call once in the app shell with a reactive object (the `db` state). */
export function provideEngineStatus(status: EngineStatus): void {
  setContext(KEY, status);
}

/** The engine status from the nearest provider; "no failure" outside the app (e.g. a component test). */
export function engineStatus(): EngineStatus {
  return getContext<EngineStatus | undefined>(KEY) ?? { failure: null };
}
