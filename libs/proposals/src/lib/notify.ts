import { isPartnerRole, PARTNER_ROLES, type Role } from '@ponte/domain';
import { assertMailParams, secretParamsOf, type MailLanguage, type MailTemplate } from '@ponte/jobs';
import { randomUUID } from 'node:crypto';
import type { NotificationKind } from '@ponte/contracts';
import { MailOutboxEntry, Notification } from '@ponte/persistence';
import type { EntityManager } from 'typeorm';
import { activeRecipients, activeUsersOf, proposalFacts, type ProposalFacts } from './proposals.sql';

/** Base URLs of the two portals (config PARTNER_PORTAL_URL, NETWORK_PORTAL_URL). */
export interface PortalUrls {
  partner: string;
  network: string;
}

/** The e-mail sent with an in-app notification, if any: answers, new proposals and reminders. */
const MAIL_OF: Partial<Record<NotificationKind, MailTemplate>> = {
  proposal_received: 'proposal-received',
  proposal_answered: 'proposal-updated',
  follow_up_due: 'follow-up-due',
};

export interface ProposalNotice {
  kind: NotificationKind;
  proposalId: string;
  recipientIds: readonly string[];
}

/** The proposal's page in the recipient's portal: an opaque id, nothing else. */
export function proposalLink(portals: PortalUrls, role: Role, proposalId: string): string {
  const base = isPartnerRole(role) ? portals.partner : portals.network;
  return new URL(`proposals/${proposalId}`, base.endsWith('/') ? base : `${base}/`).toString();
}

/**
 * Writes an e-mail into the outbox in the caller's transaction. For templates without sealed
 * params only (links to a proposal carry no secret); the worker delivers it exactly once.
 */
export async function insertPlainMail(
  manager: EntityManager,
  mail: { to: string; template: MailTemplate; language: MailLanguage; params: Record<string, string | number> },
): Promise<string> {
  if (secretParamsOf(mail.template).length) throw new Error(`mail template "${mail.template}" has sealed params: use the API's MailOutbox`);
  assertMailParams(mail.template, mail.params);
  const id = randomUUID();
  await manager.insert(MailOutboxEntry, { id, to: mail.to, template: mail.template, language: mail.language, params: mail.params });
  return id;
}

async function factsOf(manager: EntityManager, proposalId: string): Promise<ProposalFacts> {
  const facts = await proposalFacts(manager, proposalId);
  if (!facts) throw new Error(`proposal ${proposalId} not found`);
  return facts;
}

/** One line, at most 160 characters: what a mail may carry of a listing's title. */
const mailTitle = (title: string): string => {
  const line = title.replace(/\p{C}+/gu, ' ').replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line || '—';
};

/**
 * In-app notifications for every recipient still active, plus the e-mail of that kind through
 * the outbox. Both say which offer or course and which step, with a link; the in-app one also
 * names the proposal by the code its reader knows her by (partners her candidate code, staff her
 * pseudonym code), behind sign-in. Never her home comune, names or free text. Returns the outbox ids, to dispatch after the commit.
 */
export async function notifyProposal(manager: EntityManager, portals: PortalUrls, notice: ProposalNotice): Promise<string[]> {
  if (!notice.recipientIds.length) return [];
  const recipients = await activeRecipients(manager, notice.recipientIds);
  if (!recipients.length) return [];
  const facts = await factsOf(manager, notice.proposalId);
  await manager.insert(
    Notification,
    recipients.map((r) => ({ recipientId: r.id, kind: notice.kind, targetType: 'proposal' as const, targetId: notice.proposalId, step: facts.state })),
  );
  const template = MAIL_OF[notice.kind];
  if (!template) return [];
  const outboxIds: string[] = [];
  for (const r of recipients) {
    // No code in an e-mail (rule 8): the listing, the step and a link to sign in.
    const params = { link: proposalLink(portals, r.role, notice.proposalId), title: mailTitle(facts.title), step: facts.state };
    outboxIds.push(await insertPlainMail(manager, { to: r.email, template, language: r.language, params }));
  }
  return outboxIds;
}

/** The active partner users of an organisation: who hears about its proposals. */
export async function partnerUsersOf(manager: EntityManager, organisationId: string): Promise<string[]> {
  return activeUsersOf(manager, organisationId, PARTNER_ROLES);
}
