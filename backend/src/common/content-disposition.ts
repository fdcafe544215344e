/** `attachment` with an ASCII fallback name and the real one in UTF-8 (RFC 6266). */
export const attachment = (fileName: string) =>
  `attachment; filename="${fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
