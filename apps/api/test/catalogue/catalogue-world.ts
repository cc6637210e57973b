import type { OrganisationKind, OrganisationStatus } from '@ponte/domain';
import type { Organisation } from '@ponte/persistence';
import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES } from '@ponte/jobs';
import type { Queue } from 'bullmq';
import { loadReferenceSample, type LoadedSample } from '../search/reference-sample';
import { createNetwork, createOrganisation, signedInUser, type SignedIn } from '../fixtures';
import type { TestApp } from '../test-app';
import { todayInMilan } from '../../src/catalogue/catalogue-dates';

export interface Partner {
  organisation: Organisation;
  admin: SignedIn;
  member: SignedIn;
}

export interface CatalogueWorld {
  reference: LoadedSample;
  company: Partner;
  otherCompany: Partner;
  pendingCompany: Partner;
  trainingBody: Partner;
  union: Partner;
  counsellor: SignedIn;
  coordinator: SignedIn;
  uri: { welder: string; cook: string; barista: string; welderSkills: string[]; cookSkills: string[]; baristaSkills: string[] };
}

/** Days from today in Milan, `YYYY-MM-DD`. */
export function inDays(days: number): string {
  const [y, m, d] = todayInMilan().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

async function partner(t: TestApp, kind: OrganisationKind, legalName: string, status: OrganisationStatus = 'vetted'): Promise<Partner> {
  const organisation = await createOrganisation(t, { kind, legalName, status });
  return {
    organisation,
    admin: await signedInUser(t, 'partner_admin', { organisation }),
    member: await signedInUser(t, 'partner_member', { organisation }),
  };
}

/** Real ESCO occupations and comuni, three vetted publishers, a pending one, and staff. */
export async function catalogueWorld(t: TestApp): Promise<CatalogueWorld> {
  const reference = await loadReferenceSample(t.dataSource, ['welder', 'cook', 'barista']);
  const occupation = (label: string) => {
    const found = reference.occupations.find((o) => o.label === label);
    if (!found) throw new Error(label);
    return found;
  };
  const network = await createNetwork(t);
  return {
    reference,
    company: await partner(t, 'company', 'Officine Meccaniche Brambilla S.r.l.'),
    otherCompany: await partner(t, 'company', 'Bar Centrale S.n.c.'),
    pendingCompany: await partner(t, 'company', 'Nuova Impresa S.r.l.', 'pending'),
    trainingBody: await partner(t, 'training_body', 'Scuola Professionale Lombarda'),
    union: await partner(t, 'union', 'Camera del Lavoro Metropolitana'),
    counsellor: await signedInUser(t, 'counsellor', { networks: [network] }),
    coordinator: await signedInUser(t, 'coordinator'),
    uri: {
      welder: occupation('welder').uri,
      cook: occupation('cook').uri,
      barista: occupation('barista').uri,
      welderSkills: occupation('welder').essential.slice(0, 4),
      cookSkills: occupation('cook').essential.slice(0, 4),
      baristaSkills: occupation('barista').essential.slice(0, 3),
    },
  };
}

export const queueOf = (t: TestApp, name: (typeof QUEUES)[keyof typeof QUEUES]) => t.app.get<Queue>(getQueueToken(name));
