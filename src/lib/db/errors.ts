/** A data file the dashboard needs is absent or does not match schema.ts. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: 'missing' | 'malformed',
    /** what went wrong, without the file name (the message has both) */
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataFileError';
  }
}

/**
 * DuckDB-WASM itself did not start: its worker script or wasm file did not load
 * (`unavailable`, `file` names it), or it did not answer within the time limit
 * (`timeout`, `file` names the step it was waiting for).
 */
export class EngineError extends Error {
  constructor(
    readonly file: string,
    readonly problem: 'unavailable' | 'timeout',
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'EngineError';
  }
}
