export class HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
}
