// The patch markers in a fetched history (the ids patched() wrote, and where), as the
// replay and fault tests check them.
import type { temporal } from '@temporalio/proto';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

export function patchMarkers(events: HistoryEvent[]): { eventId: number; id: string }[] {
  return events
    .filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch')
    .map((e) => {
      const data = e.markerRecordedEventAttributes!.details!['patch-data']!.payloads![0]!.data!;
      return {
        eventId: Number(e.eventId),
        id: (JSON.parse(Buffer.from(data).toString()) as { id: string }).id,
      };
    });
}
