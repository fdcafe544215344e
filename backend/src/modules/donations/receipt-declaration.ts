import { formatPlainEuros } from '@maillage/emails/money';
import type { Locale } from '@maillage/emails/money';
import type { ReceiptDeclarationResponse } from './dto/donations.response';

const HEADERS: Record<Locale, string[]> = {
  fr: ['Année', 'Reçus émis', 'Montant total (€)', 'Reçus annulés', 'Premier numéro', 'Dernier numéro'],
  en: ['Year', 'Receipts issued', 'Total amount (€)', 'Receipts cancelled', 'First number', 'Last number'],
};

/** The year's declaration as CSV: UTF-8 with BOM, `;` and decimal comma in French, `,` and point in English. */
export function declarationCsv(d: ReceiptDeclarationResponse, locale: Locale): string {
  const sep = locale === 'fr' ? ';' : ',';
  const values = [
    String(d.year),
    String(d.count),
    formatPlainEuros(d.totalCents, locale),
    String(d.cancelledCount),
    d.firstNumber ?? '',
    d.lastNumber ?? '',
  ];
  return `\ufeff${HEADERS[locale].join(sep)}\r\n${values.join(sep)}\r\n`;
}
