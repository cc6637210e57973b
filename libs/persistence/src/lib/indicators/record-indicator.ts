import type { IndicatorEvent } from '@ponte/domain';
import type { EntityManager } from 'typeorm';

export interface IndicatorOccurrence {
  networkId: string;
  event: IndicatorEvent;
  /** When it happened (default: now); counted in its Europe/Rome month. */
  at?: Date;
}

/**
 * Adds one to the anonymous counter of the event. Call it with the transaction's manager as
 * the event happens, so the count and the change commit together and survive a later erasure.
 */
export async function recordIndicator(manager: EntityManager, occurrence: IndicatorOccurrence): Promise<void> {
  await manager.query(
    `INSERT INTO indicator_counts (network_id, month, event, count)
     VALUES ($1, date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/Rome')::date, $3, 1)
     ON CONFLICT (network_id, month, event) DO UPDATE SET count = indicator_counts.count + 1`,
    [occurrence.networkId, (occurrence.at ?? new Date()).toISOString(), occurrence.event],
  );
}
