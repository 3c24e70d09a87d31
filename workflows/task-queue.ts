// The task queue the worker polls and clients start cases on, unless TEMPORAL_TASK_QUEUE says otherwise.
export const TASK_QUEUE_DEFAULT = 'foi-requests';
