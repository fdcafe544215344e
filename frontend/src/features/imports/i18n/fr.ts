/** French texts of the import page: the reference for en.ts; src/i18n assembles every feature's dictionary. */
export const importsFr = {
  'imports.action': 'Importer',
  'imports.title.organisations': 'Importer des organisations',
  'imports.title.people': 'Importer des personnes',
  'imports.title.funders': 'Importer des financeurs',
  'imports.intro':
    'Un fichier CSV (UTF-8, ou « CSV (séparateur : point-virgule) » d’Excel) ou un classeur .xlsx, une ligne d’en-tête puis une ligne par fiche. Rien n’est enregistré avant la validation, et un import enregistre tout ou rien.',
  'imports.back': 'Retour à la liste',
  'imports.file': 'Fichier',
  'imports.filePlaceholder': 'Choisir un fichier…',
  'imports.upload': 'Lire le fichier',
  'imports.detected.csv': 'Fichier CSV, encodage détecté : {encoding}, séparateur « {delimiter} »',
  'imports.detected.xlsx': 'Classeur Excel (.xlsx), première feuille',
  'imports.mapping': 'Correspondance des colonnes',
  'imports.mappingHelp':
    'Choisissez la colonne du fichier qui remplit chaque champ ; ce choix est retenu pour le prochain import.',
  'imports.ignore': '— aucune —',
  'imports.required': 'obligatoire',
  'imports.dryRun': 'Vérifier (essai à blanc)',
  'imports.summary':
    '{total} ligne(s) : {created} à créer, {updated} à mettre à jour, {unchanged} inchangée(s), {refused} refusée(s)',
  'imports.summaryDone': 'Import terminé : {created} créée(s), {updated} mise(s) à jour, {unchanged} inchangée(s)',
  'imports.fixFirst':
    'Corrigez les lignes refusées dans le fichier puis chargez-le à nouveau : un import enregistre tout ou rien.',
  'imports.shown': 'Les {n} premières lignes sont affichées (les refusées d’abord).',
  'imports.commit': 'Importer {n} ligne(s)',
  'imports.committing': 'Import en cours : {processed} / {total} lignes',
  'imports.col.line': 'Ligne',
  'imports.col.status': 'Résultat',
  'imports.col.record': 'Fiche',
  'imports.col.details': 'Détails',
  'imports.status.created': 'Créée',
  'imports.status.updated': 'Mise à jour',
  'imports.status.unchanged': 'Inchangée',
  'imports.status.refused': 'Refusée',
  'imports.changes': 'Modifie : {fields}',
  'imports.rows': 'Lignes du fichier',
};
