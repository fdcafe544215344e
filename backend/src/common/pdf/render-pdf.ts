import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// The standard PDF fonts (built into every reader, nothing to load): Helvetica by default, Times on demand.
// No URL and no local file is read while rendering: documents are built from the database, never from paths.
const FONTS = {
  Helvetica: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
  Times: { normal: 'Times-Roman', bold: 'Times-Bold', italics: 'Times-Italic', bolditalics: 'Times-BoldItalic' },
};
const STANDARD_FONTS = new Set(Object.values(FONTS).flatMap((f) => Object.values(f)));
pdfmake.addFonts(FONTS);
pdfmake.setUrlAccessPolicy(() => false);
// pdfkit resolves a standard font's name through the same check as a file: those names, and nothing else.
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

/**
 * Renders a pdfmake document on the server. The standard fonts speak WinAnsi only: the narrow no-break space French
 * number formatting puts between thousands (U+202F) is not in it, so text is given a plain no-break space instead.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const withFont = { ...doc, defaultStyle: { font: 'Helvetica', ...doc.defaultStyle } };
  const safe = JSON.parse(JSON.stringify(withFont).replace(/\u202f/g, '\u00a0')) as TDocumentDefinitions;
  return pdfmake.createPdf(safe).getBuffer();
}
