import type { importsFr } from './fr';

export const importsEn: Record<keyof typeof importsFr, string> = {
  'imports.action': 'Import',
  'imports.title.organisations': 'Import organisations',
  'imports.title.people': 'Import people',
  'imports.title.funders': 'Import funders',
  'imports.intro':
    'A CSV file (UTF-8, or Excel’s “CSV (semicolon separated)”) or an .xlsx workbook: a header row, then one row per record. Nothing is saved before you confirm, and an import saves all or nothing.',
  'imports.back': 'Back to the list',
  'imports.file': 'File',
  'imports.filePlaceholder': 'Choose a file…',
  'imports.upload': 'Read the file',
  'imports.detected.csv': 'CSV file, detected encoding: {encoding}, separator “{delimiter}”',
  'imports.detected.xlsx': 'Excel workbook (.xlsx), first sheet',
  'imports.mapping': 'Column mapping',
  'imports.mappingHelp':
    'Choose the file’s column that fills each field; the choice is remembered for the next import.',
  'imports.ignore': '— none —',
  'imports.required': 'required',
  'imports.dryRun': 'Check (dry run)',
  'imports.summary':
    '{total} row(s): {created} to create, {updated} to update, {unchanged} unchanged, {refused} refused',
  'imports.summaryDone': 'Import done: {created} created, {updated} updated, {unchanged} unchanged',
  'imports.fixFirst': 'Fix the refused rows in the file, then load it again: an import saves all or nothing.',
  'imports.shown': 'The first {n} rows are shown (refused ones first).',
  'imports.commit': 'Import {n} row(s)',
  'imports.committing': 'Importing: {processed} / {total} rows',
  'imports.col.line': 'Line',
  'imports.col.status': 'Outcome',
  'imports.col.record': 'Record',
  'imports.col.details': 'Details',
  'imports.status.created': 'Created',
  'imports.status.updated': 'Updated',
  'imports.status.unchanged': 'Unchanged',
  'imports.status.refused': 'Refused',
  'imports.changes': 'Changes: {fields}',
  'imports.rows': 'Rows of the file',
};
