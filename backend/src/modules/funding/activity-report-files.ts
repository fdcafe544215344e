import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { frenchDay } from './activity-draft';
import type { ActivityReportResponse } from './dto/activity-report.response';

/** A section's text as blocks: a run of "- " lines is a list, every other non-empty line a paragraph. */
type Block = { list: false; text: string } | { list: true; items: string[] };

export function bodyBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const last = blocks.at(-1);
    if (line.startsWith('- ')) {
      if (last?.list) last.items.push(line.slice(2));
      else blocks.push({ list: true, items: [line.slice(2)] });
    } else blocks.push({ list: false, text: line });
  }
  return blocks;
}

const heading = (r: ActivityReportResponse) => ({
  title: `Bilan d'activité — ${r.grantTitle}`,
  subtitle: `${r.funderName} · période du ${frenchDay(r.from)} au ${frenchDay(r.to)}`,
});

export function activityReportPdf(r: ActivityReportResponse): TDocumentDefinitions {
  const { title, subtitle } = heading(r);
  const content: Content[] = [
    { text: title, fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
    { text: subtitle, color: '#555555', margin: [0, 0, 0, 12] },
  ];
  for (const s of r.sections) {
    content.push({ text: s.title, fontSize: 12, bold: true, margin: [0, 10, 0, 4] });
    for (const b of bodyBlocks(s.body)) {
      content.push(b.list ? { ul: b.items, margin: [0, 0, 0, 4] } : { text: b.text, margin: [0, 0, 0, 4] });
    }
  }
  return {
    info: { title },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    defaultStyle: { fontSize: 10 },
    content,
    footer: (page, pages) => ({ text: `${page} / ${pages}`, alignment: 'right', fontSize: 8, margin: [0, 20, 40, 0] }),
  };
}

export function activityReportDocx(r: ActivityReportResponse): Promise<Buffer> {
  const { title, subtitle } = heading(r);
  const children: Paragraph[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: subtitle, color: '555555' })], alignment: AlignmentType.LEFT }),
  ];
  for (const s of r.sections) {
    children.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }));
    for (const b of bodyBlocks(s.body)) {
      if (b.list) children.push(...b.items.map((text) => new Paragraph({ text, bullet: { level: 0 } })));
      else children.push(new Paragraph({ text: b.text }));
    }
  }
  const doc = new Document({ title, creator: 'Maillage', sections: [{ children }] });
  return Packer.toBuffer(doc);
}
