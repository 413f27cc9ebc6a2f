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
