import { greatCircleKm } from '@ponte/domain';
import type { EntityManager } from 'typeorm';
import { METROPOLITAN_NETWORKS } from '../networks/metropolitan-networks';
import { DEMO_OCCUPATIONS } from './demo-occupations';
import { DEMO_COMUNI_SQL, DEMO_OCCUPATION_SKILLS_SQL } from './demo-reference.sql';

export interface DemoComune {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

/** What the showcase reads from the loaded reference data: it cites nothing it did not find. */
export interface DemoReference {
  comuni: Map<string, DemoComune>;
  /** Occupation URI → its essential / optional skill URIs in the loaded ESCO, sorted. */
  essential: Map<string, string[]>;
  optional: Map<string, string[]>;
}

export async function loadDemoReference(manager: EntityManager): Promise<DemoReference> {
  const comuni: DemoComune[] = await manager.query(DEMO_COMUNI_SQL);
  const relations: { occupation: string; skill: string; relation: 'essential' | 'optional' }[] = await manager.query(
    DEMO_OCCUPATION_SKILLS_SQL,
    [DEMO_OCCUPATIONS.map((o) => o.uri)],
  );
  const essential = new Map<string, string[]>();
  const optional = new Map<string, string[]>();
  for (const r of relations) {
    const into = r.relation === 'essential' ? essential : optional;
    into.set(r.occupation, [...(into.get(r.occupation) ?? []), r.skill]);
  }
  return { comuni: new Map(comuni.map((c) => [c.code.trim(), { ...c, code: c.code.trim() }])), essential, optional };
}

/** The comuni of the network a comune belongs to (the metropolitan partition). */
export function networkComuniOf(comune: string): readonly string[] {
  return METROPOLITAN_NETWORKS.find((n) => n.comuni.includes(comune))?.comuni ?? [comune];
}

export function kmBetween(reference: DemoReference, a: string, b: string): number {
  const x = reference.comuni.get(a);
  const y = reference.comuni.get(b);
  return x && y ? greatCircleKm(x, y) : Number.POSITIVE_INFINITY;
}
