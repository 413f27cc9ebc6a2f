/** A data file the dashboard needs is absent or does not match schema.ts. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: 'missing' | 'malformed',
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataFileError';
  }
}
