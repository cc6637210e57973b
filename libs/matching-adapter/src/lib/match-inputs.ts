import type { ProposalKind } from '@ponte/domain';
import {
  buildTaxonomy,
  builtInComuni,
  createContext,
  type Course as EngineCourse,
  type MatchContext,
  type Offer as EngineOffer,
  type Profile as EngineProfile,
} from '@ponte/matching';
import { loadPairTaxonomyRows, loadProfileForMatch, loadTargetForMatch, type ProfileForMatch, type TargetForMatch } from '@ponte/persistence';
import type { EntityManager } from 'typeorm';
import { toEngineCourse, toEngineOffer, toEngineProfile } from './engine-inputs';

/** One pair as stored and as the engine reads it. */
export interface MatchInputs {
  profile: ProfileForMatch;
  target: TargetForMatch;
  engineProfile: EngineProfile;
  engineOffer?: EngineOffer;
  engineCourse?: EngineCourse;
  context: MatchContext;
}

/** Everything to run the engine on one profile and one offer or course, as of `now`. */
export async function loadMatchInputs(
  manager: EntityManager,
  profileId: string,
  kind: ProposalKind,
  targetId: string,
  now: Date = new Date(),
): Promise<MatchInputs | null> {
  const profile = await loadProfileForMatch(manager, profileId);
  const target = await loadTargetForMatch(manager, kind, targetId);
  if (!profile || !target) return null;
  const context = createContext(now, { taxonomy: buildTaxonomy(await loadPairTaxonomyRows(manager, profile, target)), comuni: builtInComuni() });
  return {
    profile,
    target,
    engineProfile: toEngineProfile(profile),
    ...(kind === 'offer' ? { engineOffer: toEngineOffer(target) } : { engineCourse: toEngineCourse(target) }),
    context,
  };
}
