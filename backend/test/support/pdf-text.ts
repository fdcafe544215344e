import { PDFParse } from 'pdf-parse';

/** A PDF's text, page after page, as a reader would copy it (for assertions on generated documents). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
