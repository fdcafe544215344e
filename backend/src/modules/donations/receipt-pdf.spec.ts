import { renderPdf } from '../../common/pdf/render-pdf';
import { pdfText } from '../../../test/support/pdf-text';
import { receiptDocument, type ReceiptContent } from './receipt-pdf';

const receipt: ReceiptContent = {
  number: '2026-000007',
  kind: 'gift',
  year: 2026,
  issuedOn: '2026-03-10',
  cancelled: false,
  donorKind: 'person',
  donorName: 'Hugo Dubois',
  donorAddress: '23 rue du Maréchal, 75000 Paris',
  amountCents: 12050,
  gifts: [{ receivedOn: '2026-03-05', amountCents: 12050, paymentMethod: 'cheque' }],
  entity: {
    name: 'Association Faire Système',
    address: '1 place du Commun, 69001 Lyon',
    siren: '123456789',
    object: 'Animer un réseau d’acteurs de la transition',
    status: 'Association reconnue d’intérêt général',
    signatoryName: 'Marc Aubert',
    signatoryRole: 'Trésorier',
  },
};

describe('the tax receipt PDF', () => {
  it('holds the donor, the amount in figures and in words, the date and the legal mentions', async () => {
    const text = (await pdfText(await renderPdf(receiptDocument(receipt)))).replace(/\s+/g, ' ');
    expect(text).toContain('2026-000007');
    expect(text).toContain('Hugo Dubois');
    expect(text).toMatch(/120,50\s€/);
    expect(text).toContain('cent vingt euros et cinquante centimes');
    expect(text).toContain('05/03/2026');
    expect(text).toContain('article 200 du code général des impôts');
    expect(text).toContain('Cerfa n° 11580');
    expect(text).toContain('Reçu au titre des dons à certains organismes d’intérêt général');
  });

  it('names article 238 bis for a company, lists each gift of a yearly summary, marks a cancelled one', async () => {
    const yearly: ReceiptContent = {
      ...receipt,
      kind: 'yearly',
      cancelled: true,
      donorKind: 'organisation',
      amountCents: 3000,
      gifts: [
        { receivedOn: '2026-01-15', amountCents: 1000, paymentMethod: 'direct_debit' },
        { receivedOn: '2026-02-15', amountCents: 2000, paymentMethod: 'direct_debit' },
      ],
    };
    const text = (await pdfText(await renderPdf(receiptDocument(yearly)))).replace(/\s+/g, ' ');
    expect(text).toContain('article 238 bis du code général des impôts');
    expect(text).toContain('trente euros');
    expect(text).toContain('15/01/2026');
    expect(text).toContain('15/02/2026');
    expect(text).toContain('ANNULÉ');
  });
});
