// Timeouts the workflow sets and the activities must keep to, in one place.

/** The send activity heartbeats at a quarter of this while it waits on the relay. */
export const SEND_HEARTBEAT_TIMEOUT_SECONDS = 20;
