import { getQueueToken } from '@nestjs/bullmq';
import { followUpJobId, JOBS, QUEUES } from '@ponte/jobs';
import { Queue } from 'bullmq';
import { NotificationsModule } from '../notifications/notifications.module';
import { seedProposal, seedWorld, SeededWorld } from '../../test/proposals/proposal-seed';
import { startSmtpSink, SmtpSink } from '../../test/smtp-sink';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { FollowUpReminders } from './follow-up-reminders.service';
import { FollowUpModule } from './follow-up.module';

/** The 3- and 6-month reminders: delayed job, once only, and the sweep for what Redis lost; mails over real SMTP. */
describe('follow-up reminders', () => {
  let smtp: SmtpSink;
  let w: TestWorker;
  let world: SeededWorld;
  let reminders: FollowUpReminders;
  let queue: Queue;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    w = await createTestWorker([FollowUpModule, NotificationsModule], {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Ponte <no-reply@ponte.test>',
      NETWORK_PORTAL_URL: 'https://rete.ponte.test',
    });
    world = await seedWorld(w.dataSource);
    reminders = w.context.get(FollowUpReminders);
    queue = w.context.get<Queue>(getQueueToken(QUEUES.followUp));
  });
  afterAll(async () => {
    await w.close();
    await smtp.close();
  });

  async function hiredWithCheckpoints(threeMonthDue: string, sixMonthDue: string): Promise<string> {
    const id = await seedProposal(w.dataSource, world, { state: 'hired' });
    await w.dataSource.query(
      `INSERT INTO proposal_follow_ups (proposal_id, months, due_at) VALUES ($1, 3, now() + $2::interval), ($1, 6, now() + $3::interval)`,
      [id, threeMonthDue, sixMonthDue],
    );
    return id;
  }
  const reminded = async (id: string, months: number) =>
    (await w.dataSource.query('SELECT reminded_at FROM proposal_follow_ups WHERE proposal_id = $1 AND months = $2', [id, months]))[0].reminded_at;

  it('the delayed job reminds the counsellor once, in-app and by an e-mail that carries only a link', async () => {
    const id = await hiredWithCheckpoints('-1 hour', '90 days');
    await queue.add(JOBS.followUp.remind, { proposalId: id, months: 3 }, { jobId: followUpJobId(id, 3) });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual([world.counsellor.email]);
    expect(mail.header('subject')).toMatch(/Ponte/);
    expect(mail.text).toContain(`https://rete.ponte.test/proposals/${id}`);
    expect(mail.raw).not.toContain(world.pseudonymCode);
    expect(mail.raw).not.toContain('Operatrice Prova');
    const notes = await w.dataSource.query(`SELECT recipient_id, kind FROM notifications WHERE target_id = $1`, [id]);
    expect(notes).toEqual([{ recipient_id: world.counsellor.id, kind: 'follow_up_due' }]);
    expect(await reminded(id, 3)).not.toBeNull();

    // Replayed by Redis, or raced by the sweep: nothing more is sent.
    expect(await reminders.remind(id, 3)).toEqual({ sent: false, why: 'done' });
    expect((await reminders.sweep()).reminded).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(1);
  });

  it('does not remind before the due date, nor after the answer was recorded', async () => {
    const early = await hiredWithCheckpoints('30 days', '90 days');
    expect(await reminders.remind(early, 3)).toEqual({ sent: false, why: 'not-due' });
    const answered = await hiredWithCheckpoints('-1 day', '90 days');
    await w.dataSource.query(
      `UPDATE proposal_follow_ups SET outcome = 'still_in_work', recorded_at = now(), recorded_by = $2 WHERE proposal_id = $1 AND months = 3`,
      [answered, world.counsellor.id],
    );
    expect(await reminders.remind(answered, 3)).toEqual({ sent: false, why: 'done' });
  });

  it('the sweep reminds what is due and gives future checkpoints their delayed job back', async () => {
    smtp.received.length = 0;
    const id = await hiredWithCheckpoints('-2 days', '80 days');
    // Redis lost both jobs (never enqueued here).
    expect(await queue.getJob(followUpJobId(id, 3))).toBeUndefined();
    const report = await reminders.sweep();
    expect(report.reminded).toBe(1);
    expect(report.scheduled).toBeGreaterThanOrEqual(1);
    expect(await reminded(id, 3)).not.toBeNull();
    const job = await queue.getJob(followUpJobId(id, 6));
    expect(await job?.getState()).toBe('delayed');
    expect(job?.data).toEqual({ proposalId: id, months: 6 });
    const [mail] = await smtp.waitFor(1);
    expect(mail.text).toContain(`/proposals/${id}`);
    // A second sweep is a no-op for this proposal.
    expect((await reminders.sweep()).reminded).toBe(0);
  });
});
