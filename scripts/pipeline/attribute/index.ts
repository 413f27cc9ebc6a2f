/**
 * Attribution stage: title, organisation, region and date of one document,
 * each with the words it was read from. Pure; Traditional text is read through the thread's simplifier.
 */
import type { DateResult, DocSpan, FileContext, ManifestEntry, OrgResult, RegionResult } from '../types';
import { extractDate } from './date';
import { orgAsWritten, resolveOrg } from './org';
import { aboutOrCentral, NO_REGION, resolveRegion } from './region';
import { formulaProvince, type ProvincialFormulas } from './signature-formulas';
import { nationalOccasion, speakerOrg } from './speaker';
import { fallbackTitle, tidyTitle } from './title';
import { simplifiedView } from './traditional';
import type { Simplify } from '../simplify';
import type { Places } from './places';

export type Attribution = { title: string } & OrgResult & RegionResult & DateResult;

/** What attribution reads from the thread's resources (loadResources gives all of it). */
export interface AttributionResources {
  simplify: Simplify;
  places: Places;
  /** provincial signature formulas; without them that last, weakest region rule is off */
  formulas?: ProvincialFormulas;
}

/**
 * All metadata of one document; manifest values, when given, win. Text in
 * Traditional characters is read through a Simplified copy of the same
 * length; the evidence is quoted from the original.
 */
export function attributeDocument(
  span: DocSpan,
  bodyText: string,
  ctx: FileContext,
  manifest: ManifestEntry | undefined,
  res: AttributionResources,
): Attribution {
  const view = simplifiedView(span, bodyText, ctx, res.simplify);
  if (!view) return attributeSimplified(span, bodyText, ctx, res, manifest);
  const a = attributeSimplified(view.span, view.body, view.ctx, res, manifest);
  const fromManifestTitle = !!manifest?.title?.trim();
  return {
    ...a,
    // titles are shown as written; a body fallback is cut from the original body
    title: fromManifestTitle ? a.title : span.title ? view.original(a.title) : fallbackTitle(bodyText),
    org_as_written: a.org_as_written && view.original(a.org_as_written),
    evidence: a.evidence && view.original(a.evidence),
    date_source: a.date_source && view.original(a.date_source),
  };
}

function attributeSimplified(span: DocSpan, bodyText: string, ctx: FileContext, res: AttributionResources, manifest?: ManifestEntry): Attribution {
  const { places, formulas } = res;
  const tidied = span.title ? tidyTitle(span.title) : '';
  const manifestTitle = manifest?.title?.trim();
  const title = manifestTitle || tidied || fallbackTitle(bodyText);
  // The title used as evidence is only a real one, never the body fallback.
  const evidenceTitle = manifestTitle || tidied || null;
  const speaker = speakerOrg(bodyText);
  const orgInput = { orgLine: span.orgLine, title: evidenceTitle, speaker, places };
  // Region reads the org as written (org line, or a speaker/issuer in the title, or who the opening speaks for).
  const written = orgAsWritten(orgInput) ?? speaker;
  let region = resolveRegion({ orgLine: written, title: evidenceTitle, bodyText, headText: ctx.headText, places }, manifest);
  const org = resolveOrg(orgInput, region, manifest);
  if (region.region_source !== 'manifest') {
    // A central org (国务院) or a report to the national congress speaks for the whole country:
    // the places it names (上海浦东新区, 北京冬奥会) are not where it comes from.
    const national =
      org.admin_level === 'central' || (region.region_source !== 'org_line' && nationalOccasion(span.dateLine, evidenceTitle, bodyText));
    if (national) region = { ...NO_REGION };
    // last and weakest: a province's signature formula in a text that speaks as a province (issue 9)
    else if (region.region_source === 'none' && formulas && !aboutOrCentral(evidenceTitle, bodyText)) {
      region = formulaProvince(bodyText, formulas, places) ?? region;
    }
  }
  const date = extractDate({ dateLine: span.dateLine, title: evidenceTitle, bodyText }, manifest);
  return { title, ...org, ...region, ...date };
}

export { findPlaces, buildGazetteer, shortForm } from './gazetteer';
export { loadPlaces, type Places } from './places';
export { resolveRegion, bodyRegion, contextCity, isRelativeOrg } from './region';
export { extractDate, parseDate, titleYear, signatureDate } from './date';
export { resolveOrg, classifyOrg, adminLevelOf, orgFromTitle, fillPlace } from './org';
export { speakerOrg, nationalOccasion } from './speaker';
