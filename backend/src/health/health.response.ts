export class HealthResponse {
  status: 'ok' | 'error';
  /** Absent from the liveness answer, which does not ask the database. */
  database?: 'up' | 'down';
}
