import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// The standard PDF fonts (no file to ship, no network): Helvetica covers French accents in WinAnsi.
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONTS = new Set<string>(Object.values(HELVETICA));
pdfmake.setFonts({ Helvetica: HELVETICA });
// Documents name no file or URL but the standard fonts: images or fonts from elsewhere are refused.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

/** A PDF from a pdfmake document, rendered on the server (never a headless browser). */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf({ ...doc, defaultStyle: { font: 'Helvetica', ...doc.defaultStyle } }).getBuffer();
}
