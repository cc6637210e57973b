// The stored form of an offer explanation: what the precomputation writes, a million times per
// full recomputation. The engine's explanation names every skill of the offer as an object with
// its full ESCO URI (~110 bytes a skill, ~2.2 kB an explanation); stored, each skill is one short
// string (the URI without ESCO's common prefix) and the derivable missing essentials are left
// out (~0.8 kB). Rows then stay below PostgreSQL's 2 kB TOAST threshold, and the database
// parses, writes and logs less than half.
// `unpackOfferExplanation(packOfferExplanation(e))` equals `e` for every explanation the engine
// builds (tested), so readers answer exactly what the engine computed.

import { OFFER_MAX_POINTS, type OfferExplanation, type SkillMatch, type SkillTier } from './score';

/** The common prefix of ESCO skill URIs, left out of stored skills. */
const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';

const TIER_CODE: Record<SkillTier, string> = { exact: 'x', broader: 'b', none: 'n' };
const CODE_TIER: Record<string, SkillTier> = { x: 'exact', b: 'broader', n: 'none' };

/** x exact, b broader, n none; then e essential or o optional; then the skill's URI, shortened. */
type PackedHead = string;
/**
 * A skill: its head and weight; an exact one held through her languages adds '@' and the
 * language; a broader one adds its credit, the group she covers and the skill of hers covering it.
 */
type PackedSkill =
  | [PackedHead, weight: number]
  | [PackedHead, weight: number, language: string]
  | [PackedHead, weight: number, credit: number, group: string, through: string];

export interface PackedOfferExplanation extends Omit<OfferExplanation, 'skills' | 'missingEssential' | 'maxPoints'> {
  /** One entry a skill, in the explanation's order. */
  skills: PackedSkill[];
}

/** An ESCO skill URI without its prefix; any other URI whole, behind '='. Never ambiguous. */
function shortUri(uri: string): string {
  return uri.startsWith(ESCO_SKILL) && uri[ESCO_SKILL.length] !== '=' ? uri.slice(ESCO_SKILL.length) : `=${uri}`;
}

function expandUri(short: string): string {
  return short.startsWith('=') ? short.slice(1) : ESCO_SKILL + short;
}

function packSkill(m: SkillMatch): PackedSkill {
  const head = `${TIER_CODE[m.tier]}${m.essential ? 'e' : 'o'}${shortUri(m.uri)}`;
  if (m.tier === 'broader') return [head, m.weight, m.credit, shortUri(m.group ?? ''), shortUri(m.through ?? '')];
  return m.language === undefined ? [head, m.weight] : [head, m.weight, `@${m.language}`];
}

function unpackSkill(packed: PackedSkill): SkillMatch {
  const [head, weight] = packed;
  const tier = CODE_TIER[head?.[0]];
  const broader = packed.length === 5;
  if (!tier || (head[1] !== 'e' && head[1] !== 'o') || (tier === 'broader') !== broader || typeof weight !== 'number') {
    throw new Error(`not a stored skill match: ${JSON.stringify(packed)}`);
  }
  const credit = tier === 'exact' ? 1 : broader ? packed[2] : 0;
  const match: SkillMatch = { uri: expandUri(head.slice(2)), essential: head[1] === 'e', tier, weight, credit };
  if (broader) return { ...match, group: expandUri(packed[3]), through: expandUri(packed[4]) };
  return packed.length === 3 ? { ...match, language: packed[2].slice(1) } : match;
}

export function packOfferExplanation(e: OfferExplanation): PackedOfferExplanation {
  // missingEssential and maxPoints are left out: unpacking derives them.
  const { points, fit, evidence, skills, essentialCoverage, usedSkills, occupation, km, remote, schedule, contract, accommodations } = e;
  return { points, fit, evidence, skills: skills.map(packSkill), essentialCoverage, usedSkills, occupation, km, remote, schedule, contract, accommodations };
}

export function unpackOfferExplanation(p: PackedOfferExplanation): OfferExplanation {
  const { points, fit, evidence, essentialCoverage, usedSkills, occupation, km, remote, schedule, contract, accommodations } = p;
  const skills = p.skills.map(unpackSkill);
  // The engine's key order, so the JSON answered is the engine's, byte for byte.
  return {
    points,
    maxPoints: { ...OFFER_MAX_POINTS },
    fit,
    evidence,
    skills,
    missingEssential: skills.filter((m) => m.essential && m.tier === 'none').map((m) => m.uri),
    essentialCoverage,
    usedSkills,
    occupation,
    km,
    remote,
    schedule,
    contract,
    accommodations,
  };
}
