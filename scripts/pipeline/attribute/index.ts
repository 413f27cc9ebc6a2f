/**
 * Attribution stage: title, organisation, region and date of one document,
 * each with the words it was read from. Pure; the gazetteer is built once.
 */
import type { DateResult, DocSpan, FileContext, ManifestEntry, OrgResult, RegionResult } from '../types';
import { extractDate } from './date';
import { orgAsWritten, resolveOrg } from './org';
import { resolveRegion } from './region';
import { fallbackTitle, tidyTitle } from './title';

export type Attribution = { title: string } & OrgResult & RegionResult & DateResult;

/** All metadata of one document; manifest values, when given, win. */
export function attributeDocument(span: DocSpan, bodyText: string, ctx: FileContext, manifest?: ManifestEntry): Attribution {
  const tidied = span.title ? tidyTitle(span.title) : '';
  const manifestTitle = manifest?.title?.trim();
  const title = manifestTitle || tidied || fallbackTitle(bodyText);
  // The title used as evidence is only a real one, never the body fallback.
  const evidenceTitle = manifestTitle || tidied || null;
  const orgInput = { orgLine: span.orgLine, title: evidenceTitle };
  // Region reads the org as written (org line, or a speaker/issuer in the title).
  const written = orgAsWritten(orgInput);
  const region = resolveRegion({ orgLine: written, title: evidenceTitle, bodyText, headText: ctx.headText }, manifest);
  const org = resolveOrg(orgInput, region, manifest);
  const date = extractDate({ dateLine: span.dateLine, title: evidenceTitle, bodyText }, manifest);
  return { title, ...org, ...region, ...date };
}

export { findPlaces, gazetteer, shortForm } from './gazetteer';
export { resolveRegion, bodyRegion, contextCity, isRelativeOrg } from './region';
export { extractDate, parseDate, titleYear, signatureDate } from './date';
export { resolveOrg, classifyOrg, adminLevelOf, orgFromTitle, fillPlace } from './org';
