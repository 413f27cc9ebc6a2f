/**
 * SQL as a tagged template: interpolated values become `?` parameters, so user
 * input never reaches the SQL text. Identifiers can only be spliced in through
 * `raw()`, which accepts names declared in schema.ts and nothing else.
 */
import { COLUMNS, TABLES } from '../schema';

/** A query ready for a prepared statement. */
export interface SqlQuery {
  text: string;
  params: unknown[];
}

const FRAGMENT = Symbol('sql-fragment');
const RAW = Symbol('sql-raw');

/** A piece of SQL built by `sql` that may be nested inside another `sql` template. */
export interface SqlFragment extends SqlQuery {
  readonly [FRAGMENT]: true;
}

interface RawIdentifier {
  readonly [RAW]: string;
}

/** Every table and column name in the data contract, plus view-local aliases used by the query modules. */
const KNOWN_IDENTIFIERS: ReadonlySet<string> = new Set<string>([
  ...Object.values(TABLES),
  ...Object.values(COLUMNS).flatMap((cols) => cols.map(([name]) => name)),
]);

/**
 * Splice an identifier into SQL. Only names from schema.ts are accepted
 * (optionally qualified as `alias.column` with a short lowercase alias),
 * so a value typed by a user can never become SQL text.
 */
export function raw(identifier: string): RawIdentifier {
  const parts = identifier.split('.');
  const name = parts[parts.length - 1];
  const aliasOk = parts.length === 1 || (parts.length === 2 && /^[a-z]{1,3}$/.test(parts[0]));
  if (!aliasOk || !KNOWN_IDENTIFIERS.has(name)) {
    throw new Error(`raw(): "${identifier}" is not a table or column name from schema.ts`);
  }
  // Quote so reserved words such as "start", "end", "count", "date" stay identifiers.
  const quoted = parts.length === 2 ? `${parts[0]}."${name}"` : `"${name}"`;
  return { [RAW]: quoted };
}

function isFragment(v: unknown): v is SqlFragment {
  return typeof v === 'object' && v !== null && FRAGMENT in v;
}

function isRaw(v: unknown): v is RawIdentifier {
  return typeof v === 'object' && v !== null && RAW in v;
}

/** Tagged template: `sql\`SELECT * FROM t WHERE a = ${x} AND b IN ${list}\``. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isFragment(value)) {
      text += value.text;
      params.push(...value.params);
    } else if (isRaw(value)) {
      text += value[RAW];
    } else if (Array.isArray(value)) {
      // An empty list must still be valid SQL: `x IN (empty)` is false and
      // `x NOT IN (empty)` is true, which an empty subquery gives exactly.
      if (value.length === 0) text += '(SELECT NULL WHERE FALSE)';
      else {
        text += `(${value.map(() => '?').join(', ')})`;
        params.push(...value);
      }
    } else {
      text += '?';
      params.push(value === undefined ? null : value);
    }
    text += strings[i + 1];
  });
  return { text, params, [FRAGMENT]: true };
}

/** Join fragments with a separator (e.g. ' AND '); an empty list gives an empty fragment. */
export function joinSql(parts: SqlFragment[], separator: string): SqlFragment {
  const text = parts.map((p) => p.text).join(separator);
  const params = parts.flatMap((p) => p.params);
  return { text, params, [FRAGMENT]: true };
}

/** `WHERE a AND b …`, or nothing when there are no conditions. */
export function where(conditions: SqlFragment[]): SqlFragment {
  if (conditions.length === 0) return sql``;
  return sql` WHERE ${joinSql(conditions, ' AND ')}`;
}

/** Strip the fragment brand: a plain `{text, params}` for runners and snapshots. */
export function toQuery(q: SqlQuery): SqlQuery {
  return { text: q.text, params: [...q.params] };
}
