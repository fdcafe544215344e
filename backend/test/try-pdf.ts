import { renderPdf } from '../src/common/pdf/render-pdf';
import { pdfText } from './support/pdf-text';
void (async () => {
  const b = await renderPdf({ content: [{ text: 'Compte rendu financier — 12\u202f345,67 € élève', bold: true }, { table: { body: [['a', 'b']] } }] });
  console.log(b.length, JSON.stringify(await pdfText(b)));
})();
