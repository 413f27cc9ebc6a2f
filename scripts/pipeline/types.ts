/**
 * Shapes passed between pipeline stages. Stages are pure functions over these
 * (except read, segment and write), so each can be tested on a small fixture.
 */
import type { AdminLevel, DateConfidence, DatePrecision, OrgType, RegionSource } from '../../src/lib/schema';

/** One line of a raw file after decoding; `n` is its 1-based line number in the raw file (provenance). */
export interface SourceLine {
  n: number;
  text: string;
}

/** Output of decode: the file's text with line ends normalised to \n. */
export interface Decoded {
  text: string;
  encoding: string;
  /** invalid byte sequences replaced by U+FFFD (tolerated up to MAX_REPLACED_SHARE of the characters) */
  replaced: number;
}

/** A reason a whole file was not processed. */
export interface Skip {
  file: string;
  reason: string;
}

/** Output of line-level cleaning: surviving lines keep their raw line numbers; blank lines are kept as '' (they separate paragraphs and documents). */
export interface CleanedFile {
  lines: SourceLine[];
  /** counts of what was removed, by kind (paywall, furniture, ad, zero-width, d-mask …) for report.json */
  removed: Record<string, number>;
}

/** Metadata supplied by a MANIFEST.csv row; any field may be empty. */
export interface ManifestEntry {
  title?: string;
  date?: string;
  org?: string;
  province?: string;
  city?: string;
  county?: string;
}

/** One document found by the splitter inside a cleaned file. */
export interface DocSpan {
  /** first and last raw line numbers covered (1-based, inclusive) */
  startLine: number;
  endLine: number;
  /** where each line of the title starts inside it, and its raw line (a headline block may sit apart from its article) */
  titleLines?: { start: number; line: number }[];
  /** the title as written (joined if it wrapped over lines), or null when none was found */
  title: string | null;
  /** the author/organisation line as written, e.g. 市公安局党委理论学习中心组 */
  orgLine: string | null;
  /** a line carrying the document's own date (e.g. （2022年12月30日）), as written */
  dateLine: string | null;
  /** the body lines (header lines excluded), still with hard line breaks; blank lines = ''. */
  body: SourceLine[];
}

/** File-level context shared by the documents of one file (e.g. a compilation about 湖州). */
export interface FileContext {
  relPath: string;
  /** the compilation's own title, if it has one (e.g. the site title of a template page) */
  fileTitle: string | null;
  /** leading text of the whole file, used as weak evidence for the region of relative org names (市公安局 …) */
  headText: string;
}

export interface Evidence<T> {
  value: T;
  /** the exact words the value was read from */
  source: string;
}

export interface RegionResult {
  province: string | null;
  city: string | null;
  county: string | null;
  region_source: RegionSource;
  /** the exact words the region was read from (null when region_source is none) */
  evidence: string | null;
}

export interface DateResult {
  date: string | null;
  date_precision: DatePrecision;
  date_source: string | null;
  /** how directly the text gives the date (see DATE_CONFIDENCES) */
  date_confidence: DateConfidence;
}

export interface OrgResult {
  org: string | null;
  org_as_written: string | null;
  org_type: OrgType;
  admin_level: AdminLevel;
}

/** A slogan of the lexicon as the matcher uses it. */
export interface LexiconEntry {
  slogan_id: string;
  canonical: string;
  variants: string[];
  exclude: string[];
  category: string;
  scope: string;
  first_year: number | null;
  gloss_en: string;
  note: string;
  /** 1-based row number in its CSV file (for messages) and the file it came from */
  row: number;
  file: string;
}

/** One matched occurrence; offsets are UTF-16 code-unit offsets into the document's cleaned text. */
export interface Occurrence {
  slogan_id: string;
  start: number;
  end: number;
  form: string;
}

/** A candidate phrase seen in one document (aggregated across the corpus by discover). */
export interface CandidateHit {
  phrase: string;
  kind: string;
  count: number;
  quoted: number;
  /** occurrences right after a verb of adherence (坚持, 践行, 落实, 弘扬 …) */
  adhered?: number;
  context: string;
}
