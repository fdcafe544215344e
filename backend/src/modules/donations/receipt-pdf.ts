import { formatEuros } from '@maillage/emails/money';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountInWords } from './amount-in-words';
import type { DonorKind, PaymentMethod, ReceiptKind } from './donation-types';

/** What a receipt prints, as stored (the donor's name and address as they were on the day of issue). */
export interface ReceiptContent {
  number: string;
  kind: ReceiptKind;
  year: number;
  issuedOn: string;
  cancelled: boolean;
  donorKind: DonorKind;
  donorName: string;
  donorAddress: string | null;
  amountCents: number;
  gifts: { receivedOn: string; amountCents: number; paymentMethod: PaymentMethod }[];
  entity: ReceiptEntity;
}

/** The legal entity that issues receipts, as the settings describe it. */
export interface ReceiptEntity {
  name: string;
  address: string;
  siren: string | null;
  object: string;
  status: string;
  signatoryName: string | null;
  signatoryRole: string | null;
}

const METHODS: Record<PaymentMethod, string> = {
  card: 'Carte bancaire',
  cheque: 'Chèque',
  transfer: 'Virement',
  direct_debit: 'Prélèvement',
  cash: 'Espèces',
  other: 'Autre',
};

/** 2026-03-05 → 05/03/2026. */
export const frenchDay = (day: string) => day.split('-').reverse().join('/');
/** Standard PDF fonts have no narrow no-break space: the plain no-break one reads the same. */
const euros = (cents: number) => formatEuros(cents, 'fr').replace(/\u202f/g, '\u00a0');

/**
 * The CERFA 11580 receipt: the beneficiary, the donor, the amount in figures and in words, the date(s), the form,
 * nature and means of the gift, and the legal mentions (articles 200 and 238 bis of the tax code).
 */
export function receiptDocument(r: ReceiptContent): TDocumentDefinitions {
  const e = r.entity;
  const dates: Content =
    r.kind === 'gift'
      ? { text: `Date du versement ou du don : ${frenchDay(r.gifts[0].receivedOn)}` }
      : [
          { text: `Dons reçus en ${r.year} (reçu récapitulatif) :`, margin: [0, 0, 0, 4] },
          {
            table: {
              headerRows: 1,
              widths: ['*', '*', '*'],
              body: [
                ['Date', 'Montant', 'Mode de versement'],
                ...r.gifts.map((g) => [frenchDay(g.receivedOn), euros(g.amountCents), METHODS[g.paymentMethod]]),
              ],
            },
            layout: 'lightHorizontalLines',
          },
        ];
  const article = r.donorKind === 'organisation' ? '238 bis' : '200';
  return {
    info: { title: `Reçu fiscal ${r.number}` },
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { fontSize: 10, lineHeight: 1.2 },
    watermark: r.cancelled ? { text: 'ANNULÉ', opacity: 0.15, bold: true } : undefined,
    content: [
      { text: 'Reçu au titre des dons à certains organismes d’intérêt général', style: 'title' },
      { text: 'Cerfa n° 11580 — articles 200, 238 bis et 978 du code général des impôts', alignment: 'center' },
      { text: `Numéro d’ordre du reçu : ${r.number}`, bold: true, margin: [0, 12, 0, 12] },
      { text: 'Bénéficiaire des versements', style: 'heading' },
      { text: e.name, bold: true },
      e.siren ? { text: `SIREN : ${e.siren}` } : '',
      { text: e.address },
      { text: `Objet : ${e.object}` },
      { text: `Qualité : ${e.status}` },
      { text: 'Donateur', style: 'heading' },
      { text: r.donorName, bold: true },
      r.donorAddress ? { text: r.donorAddress } : '',
      { text: 'Versements', style: 'heading' },
      {
        text: [
          'Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d’impôt la somme de : ',
          { text: euros(r.amountCents), bold: true },
        ],
      },
      { text: `Somme en toutes lettres : ${amountInWords(r.amountCents)}`, margin: [0, 4, 0, 4] },
      dates,
      { text: 'Forme du don : don manuel — Nature du don : numéraire', margin: [0, 6, 0, 0] },
      r.kind === 'gift' ? { text: `Mode de versement : ${METHODS[r.gifts[0].paymentMethod]}` } : '',
      {
        text:
          `Le bénéficiaire certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la ` +
          `réduction d’impôt prévue à l’article ${article} du code général des impôts.`,
        margin: [0, 12, 0, 0],
      },
      {
        text: `Fait le ${frenchDay(r.issuedOn)}${e.signatoryName ? `, ${e.signatoryName}` : ''}${e.signatoryRole ? `, ${e.signatoryRole}` : ''}`,
        margin: [0, 12, 0, 0],
      },
    ],
    styles: {
      title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
    },
  };
}
