// The stored form of an offer explanation: what the precomputation writes, a million times per
// full recomputation. The engine's explanation names every skill of the offer as an object with
// its full ESCO URI (~110 bytes a skill, ~2.2 kB an explanation); stored, each skill is one short
// string (the URI without ESCO's common prefix) and the derivable missing essentials are left
// out (~0.8 kB). Rows then stay below PostgreSQL's 2 kB TOAST threshold, and the database
// parses, writes and logs less than half.
// `unpackOfferExplanation(packOfferExplanation(e))` equals `e` for every explanation the engine
// builds (tested), so readers answer exactly what the engine computed.

import type { OfferExplanation, SkillMatch, SkillTier } from './score';

/** The common prefix of ESCO skill URIs, left out of stored skills. */
const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';

const TIER_CODE: Record<SkillTier, string> = { exact: 'x', broader: 'b', none: 'n' };
const CODE_TIER: Record<string, SkillTier> = { x: 'exact', b: 'broader', n: 'none' };

/** x exact, b broader, n none; then e essential or o optional; then the skill's URI, shortened. */
type PackedSkill = string;
/** The broader tier also names the group she covers and the skill of hers that covers it. */
type PackedBroaderSkill = [PackedSkill, group: string, through: string];

export interface PackedOfferExplanation extends Omit<OfferExplanation, 'skills' | 'missingEssential'> {
  /** One entry a skill, in the explanation's order. */
  skills: (PackedSkill | PackedBroaderSkill)[];
}

/** An ESCO skill URI without its prefix; any other URI whole, behind '='. Never ambiguous. */
function shortUri(uri: string): string {
  return uri.startsWith(ESCO_SKILL) && uri[ESCO_SKILL.length] !== '=' ? uri.slice(ESCO_SKILL.length) : `=${uri}`;
}

function expandUri(short: string): string {
  return short.startsWith('=') ? short.slice(1) : ESCO_SKILL + short;
}

function packSkill(m: SkillMatch): PackedSkill | PackedBroaderSkill {
  const head = `${TIER_CODE[m.tier]}${m.essential ? 'e' : 'o'}${shortUri(m.uri)}`;
  return m.tier === 'broader' ? [head, shortUri(m.group ?? ''), shortUri(m.through ?? '')] : head;
}

function unpackSkill(packed: PackedSkill | PackedBroaderSkill): SkillMatch {
  const [head, group, through] = typeof packed === 'string' ? [packed] : packed;
  const tier = CODE_TIER[head[0]];
  if (!tier || (head[1] !== 'e' && head[1] !== 'o') || (tier === 'broader') !== (group !== undefined)) {
    throw new Error(`not a stored skill match: ${JSON.stringify(packed)}`);
  }
  const match: SkillMatch = { uri: expandUri(head.slice(2)), essential: head[1] === 'e', tier };
  return group === undefined ? match : { ...match, group: expandUri(group), through: expandUri(through ?? '') };
}

export function packOfferExplanation(e: OfferExplanation): PackedOfferExplanation {
  // missingEssential is left out: unpacking derives it from the skills.
  const { points, skills, essentialCoverage, occupation, km, remote, schedule, contract, accommodations } = e;
  return { points, skills: skills.map(packSkill), essentialCoverage, occupation, km, remote, schedule, contract, accommodations };
}

export function unpackOfferExplanation(p: PackedOfferExplanation): OfferExplanation {
  const { points, essentialCoverage, occupation, km, remote, schedule, contract, accommodations } = p;
  const skills = p.skills.map(unpackSkill);
  // The engine's key order, so the JSON answered is the engine's, byte for byte.
  return {
    points,
    skills,
    missingEssential: skills.filter((m) => m.essential && m.tier === 'none').map((m) => m.uri),
    essentialCoverage,
    occupation,
    km,
    remote,
    schedule,
    contract,
    accommodations,
  };
}
