import type { FastifyReply } from 'fastify';

/** A report handed to a funder as a file (the CERFA 15059, the activity report). */
export interface ReportFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

/** Sends a report file as a download. */
export function sendFile(reply: FastifyReply, file: ReportFile) {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`);
  return file.body;
}

/** Accents dropped (è → e), anything else but letters and digits becomes a dash: a file name every system takes. */
export function fileName(prefix: string, title: string, id: string, extension: string, suffix = ''): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${prefix}-${slug || id}${suffix}.${extension}`;
}
