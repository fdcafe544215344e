import { catalogue } from '../common/error-catalogue';

/**
 * Stable codes of the errors the metrics code throws: the API answers them as `error.code`, the UI may rely on them.
 */
export enum MetricsError {
  NotFromServer = 'metrics.not_from_server',
  InvalidToken = 'metrics.invalid_token',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const metricsErrors = catalogue<MetricsError>({
  [MetricsError.NotFromServer]: {
    fr: 'Métriques lisibles depuis ce serveur seulement (ou avec METRICS_TOKEN)',
    en: 'Metrics are readable from this server only (or with METRICS_TOKEN)',
  },
  [MetricsError.InvalidToken]: {
    fr: 'Jeton des métriques manquant ou faux',
    en: 'Missing or wrong metrics token',
  },
});
