/**
 * The data contract between the pipeline (scripts/) and the dashboard (src/).
 * Table and column names live here only; both sides import them, so a rename
 * is a compile error on both sides rather than a silent empty chart.
 */

export const TABLES = {
  documents: 'documents',
  texts: 'texts',
  text_lines: 'text_lines',
  slogans: 'slogans',
  mentions: 'mentions',
  occurrences: 'occurrences',
  candidates: 'candidates',
} as const;
export type TableName = (typeof TABLES)[keyof typeof TABLES];

/** Which tables are written as Parquet and which also as CSV (texts, text_lines and occurrences are Parquet only). */
export const PARQUET_TABLES: readonly TableName[] = ['documents', 'texts', 'text_lines', 'slogans', 'mentions', 'occurrences', 'candidates'];
export const CSV_TABLES: readonly TableName[] = ['documents', 'slogans', 'mentions', 'candidates'];

export const ORG_TYPES = [
  'party_committee',
  'party_group',
  'discipline_inspection',
  'political_legal',
  'united_front',
  'peoples_congress',
  'cppcc',
  'government',
  'soe',
  'university',
  'grassroots',
  'individual',
  'unknown',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const ADMIN_LEVELS = ['central', 'province', 'city', 'county', 'township', 'enterprise', 'unknown'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export const REGION_SOURCES = ['manifest', 'org_line', 'title', 'body_text', 'none'] as const;
export type RegionSource = (typeof REGION_SOURCES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year', 'none'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How directly the text gives its date: `stated` (its own date line, signature, closing note, the event its
 * title names, or a manifest value), `inferred` (a self-dating sentence, a congress ordinal, work-report year
 * logic), `weak` (a publication-time line, a wire dateline, a reporting period, a plan year), `none` (no date).
 */
export const DATE_CONFIDENCES = ['stated', 'inferred', 'weak', 'none'] as const;
export type DateConfidence = (typeof DATE_CONFIDENCES)[number];

/** Column type as written to Parquet; the CSV holds the same columns in the same order. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN';

export interface DocumentRow {
  doc_id: string;
  source_file: string;
  start_line: number;
  end_line: number;
  title: string;
  org: string | null;
  org_as_written: string | null;
  org_type: OrgType;
  admin_level: AdminLevel;
  province: string | null;
  city: string | null;
  county: string | null;
  region_source: RegionSource;
  /** the words the region was read from (kept as evidence; not in the minimum contract) */
  region_evidence: string | null;
  date: string | null;
  date_precision: DatePrecision;
  date_source: string | null;
  date_confidence: DateConfidence;
  n_chars: number;
  n_tokens: number;
}

export interface TextRow {
  doc_id: string;
  text: string;
  /** the Simplified copy slogans and phrases are matched on (same UTF-16 length); null when equal to text */
  simplified: string | null;
}

/** A document's offset → raw-line table: from UTF-16 offset `start` of its text on, the text comes from raw line `line`. */
export interface TextLineRow {
  doc_id: string;
  start: number;
  line: number;
}

export interface SloganRow {
  slogan_id: string;
  canonical: string;
  variants: string;
  exclude: string;
  category: string;
  scope: string;
  first_year: number | null;
  gloss_en: string;
  note: string;
}

export interface MentionRow {
  doc_id: string;
  slogan_id: string;
  count: number;
}

export interface OccurrenceRow {
  doc_id: string;
  slogan_id: string;
  start: number;
  end: number;
  form: string;
  /** 1-based line of the raw file where the occurrence starts */
  line: number;
}

export interface CandidateRow {
  phrase: string;
  kind: string;
  n_docs: number;
  n_occurrences: number;
  score: number;
  in_lexicon: boolean;
  example_doc_id: string;
  example_context: string;
}

export const COLUMNS = {
  documents: [
    ['doc_id', 'VARCHAR'],
    ['source_file', 'VARCHAR'],
    ['start_line', 'INTEGER'],
    ['end_line', 'INTEGER'],
    ['title', 'VARCHAR'],
    ['org', 'VARCHAR'],
    ['org_as_written', 'VARCHAR'],
    ['org_type', 'VARCHAR'],
    ['admin_level', 'VARCHAR'],
    ['province', 'VARCHAR'],
    ['city', 'VARCHAR'],
    ['county', 'VARCHAR'],
    ['region_source', 'VARCHAR'],
    ['region_evidence', 'VARCHAR'],
    ['date', 'VARCHAR'],
    ['date_precision', 'VARCHAR'],
    ['date_source', 'VARCHAR'],
    ['date_confidence', 'VARCHAR'],
    ['n_chars', 'INTEGER'],
    ['n_tokens', 'INTEGER'],
  ],
  texts: [
    ['doc_id', 'VARCHAR'],
    ['text', 'VARCHAR'],
    ['simplified', 'VARCHAR'],
  ],
  text_lines: [
    ['doc_id', 'VARCHAR'],
    ['start', 'INTEGER'],
    ['line', 'INTEGER'],
  ],
  slogans: [
    ['slogan_id', 'VARCHAR'],
    ['canonical', 'VARCHAR'],
    ['variants', 'VARCHAR'],
    ['exclude', 'VARCHAR'],
    ['category', 'VARCHAR'],
    ['scope', 'VARCHAR'],
    ['first_year', 'INTEGER'],
    ['gloss_en', 'VARCHAR'],
    ['note', 'VARCHAR'],
  ],
  mentions: [
    ['doc_id', 'VARCHAR'],
    ['slogan_id', 'VARCHAR'],
    ['count', 'INTEGER'],
  ],
  occurrences: [
    ['doc_id', 'VARCHAR'],
    ['slogan_id', 'VARCHAR'],
    ['start', 'INTEGER'],
    ['end', 'INTEGER'],
    ['form', 'VARCHAR'],
    ['line', 'INTEGER'],
  ],
  candidates: [
    ['phrase', 'VARCHAR'],
    ['kind', 'VARCHAR'],
    ['n_docs', 'INTEGER'],
    ['n_occurrences', 'INTEGER'],
    ['score', 'DOUBLE'],
    ['in_lexicon', 'BOOLEAN'],
    ['example_doc_id', 'VARCHAR'],
    ['example_context', 'VARCHAR'],
  ],
} as const satisfies Record<TableName, readonly (readonly [string, ColumnType])[]>;

/** Sort order that makes every table's output deterministic. */
export const ORDER_BY: Record<TableName, string> = {
  documents: 'doc_id',
  texts: 'doc_id',
  text_lines: 'doc_id, start',
  slogans: 'slogan_id',
  mentions: 'doc_id, slogan_id',
  occurrences: 'doc_id, start, slogan_id',
  candidates: 'score DESC, phrase',
};

/**
 * Rows per Parquet row group where it differs from the default (100,000): the
 * dashboard reads texts over HTTP range requests a chunk of doc_ids at a time,
 * so small row groups mean a reader or concordance fetches only the texts of
 * about 1000 documents around the ones it shows.
 */
export const ROW_GROUP_ROWS: Partial<Record<TableName, number>> = { texts: 1000 };

/**
 * A small JSON the pipeline writes beside the tables so the dashboard can show
 * headline numbers and a first chart before DuckDB-WASM has started.
 */
/** The corpus headline numbers: the Overview cards, live or from summary.json. */
export interface CorpusHeadline {
  n_documents: number;
  n_orgs: number;
  /** distinct provinces */
  n_regions: number;
  n_undated: number;
  date_min: string | null;
  date_max: string | null;
}

export interface SummaryJson extends CorpusHeadline {
  generated_from: string;
  top_slogans: { slogan_id: string; canonical: string; gloss_en: string; count: number; n_docs: number }[];
  by_category: { category: string; count: number }[];
  files: string[];
}

export const SUMMARY_FILE = 'summary.json';
export const REPORT_FILE = 'report.json';
