import { catalogue } from '../../common/error-catalogue';

/** Stable codes of the errors the import flow throws; row errors are keyed `rows.<line>.<field>`. */
export enum ImportError {
  AlreadyCommitted = 'imports.already_committed',
  AmbiguousGrant = 'imports.ambiguous_grant',
  ContributionLocked = 'imports.contribution_locked',
  CommitRunning = 'imports.commit_running',
  Duplicate = 'imports.duplicate',
  EmptyFile = 'imports.empty_file',
  EndsBeforeStart = 'imports.ends_before_start',
  FileTooLarge = 'imports.file_too_large',
  Formula = 'imports.formula',
  InvalidDate = 'imports.invalid_date',
  InvalidEmail = 'imports.invalid_email',
  InvalidNumber = 'imports.invalid_number',
  InvalidPostcode = 'imports.invalid_postcode',
  InvalidRna = 'imports.invalid_rna',
  InvalidSiren = 'imports.invalid_siren',
  InvalidUrl = 'imports.invalid_url',
  JobNotFound = 'imports.job_not_found',
  KindNotAllowed = 'imports.kind_not_allowed',
  MappingUnknownHeader = 'imports.mapping_unknown_header',
  MissingColumns = 'imports.missing_columns',
  NamedByOtherKey = 'imports.named_by_other_key',
  NotYours = 'imports.not_yours',
  Required = 'imports.required',
  RowsWrong = 'imports.rows_wrong',
  TooLong = 'imports.too_long',
  TooManyRows = 'imports.too_many_rows',
  UnknownCampaign = 'imports.unknown_campaign',
  UnknownFunder = 'imports.unknown_funder',
  UnknownGrant = 'imports.unknown_grant',
  UnknownGroup = 'imports.unknown_group',
  UnknownList = 'imports.unknown_list',
  UnknownOrganisation = 'imports.unknown_organisation',
  UnknownPerson = 'imports.unknown_person',
  UnknownValue = 'imports.unknown_value',
  UnreadableEncoding = 'imports.unreadable_encoding',
  UnreadableFile = 'imports.unreadable_file',
  UnreadableLine = 'imports.unreadable_line',
}

export const importErrors = catalogue<ImportError>({
  [ImportError.AlreadyCommitted]: {
    fr: 'Ce fichier a déjà été importé',
    en: 'This file has already been imported',
  },
  [ImportError.AmbiguousGrant]: {
    fr: 'Plusieurs subventions portent ce nom : « {name} » (donnez sa référence)',
    en: 'Several grants have this name: “{name}” (give its reference)',
  },
  [ImportError.ContributionLocked]: {
    fr: 'Contribution déjà soumise ou validée : elle ne se corrige plus par un import',
    en: 'Contribution already submitted or validated: an import may no longer correct it',
  },
  [ImportError.CommitRunning]: {
    fr: 'Ce fichier est en cours d’import',
    en: 'This file is being imported',
  },
  [ImportError.Duplicate]: {
    fr: 'En double : déjà à la ligne {line}',
    en: 'Duplicate: already on line {line}',
  },
  [ImportError.EmptyFile]: { fr: 'Le fichier ne contient aucune ligne', en: 'The file has no rows' },
  [ImportError.EndsBeforeStart]: {
    fr: 'La fin précède le début',
    en: 'Ends before it starts',
  },
  [ImportError.FileTooLarge]: {
    fr: 'Fichier trop gros (au plus {max} Mo)',
    en: 'File too large (at most {max} MB)',
  },
  [ImportError.Formula]: {
    fr: 'Commence par « {char} » : une formule de tableur n’est pas acceptée',
    en: 'Starts with “{char}”: spreadsheet formulas are not accepted',
  },
  [ImportError.InvalidDate]: {
    fr: 'Date illisible (JJ/MM/AAAA ou AAAA-MM-JJ)',
    en: 'Unreadable date (DD/MM/YYYY or YYYY-MM-DD)',
  },
  [ImportError.InvalidEmail]: { fr: 'Adresse e-mail invalide', en: 'Invalid email address' },
  [ImportError.InvalidNumber]: { fr: 'Nombre illisible', en: 'Unreadable number' },
  [ImportError.InvalidPostcode]: { fr: 'Code postal invalide (5 chiffres)', en: 'Invalid postcode (5 digits)' },
  [ImportError.InvalidRna]: { fr: 'RNA invalide (W suivi de 9 chiffres)', en: 'Invalid RNA (W and 9 digits)' },
  [ImportError.InvalidSiren]: { fr: 'SIREN invalide (9 chiffres)', en: 'Invalid SIREN (9 digits)' },
  [ImportError.InvalidUrl]: {
    fr: 'Adresse web invalide (https://…)',
    en: 'Invalid web address (https://…)',
  },
  [ImportError.JobNotFound]: { fr: 'Import introuvable', en: 'Import not found' },
  [ImportError.KindNotAllowed]: {
    fr: 'Vous ne pouvez pas importer ce type de données',
    en: 'You may not import this kind of data',
  },
  [ImportError.MappingUnknownHeader]: {
    fr: 'Colonne absente du fichier : « {header} »',
    en: 'No such column in the file: “{header}”',
  },
  [ImportError.MissingColumns]: {
    fr: 'Colonnes obligatoires sans correspondance : {fields}',
    en: 'Required columns not mapped: {fields}',
  },
  [ImportError.NamedByOtherKey]: {
    fr: 'Une autre organisation porte déjà ce nom ({other})',
    en: 'Another organisation already has this name ({other})',
  },
  [ImportError.NotYours]: {
    fr: 'Vous ne pouvez pas saisir cette contribution (organisation, personne ou type)',
    en: 'You may not enter this contribution (organisation, person or type)',
  },
  [ImportError.Required]: { fr: 'Obligatoire', en: 'Required' },
  [ImportError.RowsWrong]: {
    fr: '{wrong} ligne(s) refusée(s) : rien n’a été enregistré',
    en: '{wrong} row(s) refused: nothing was saved',
  },
  [ImportError.TooLong]: { fr: 'Trop long (au plus {max} caractères)', en: 'Too long (at most {max} characters)' },
  [ImportError.TooManyRows]: { fr: 'Trop de lignes (au plus {max})', en: 'Too many rows (at most {max})' },
  [ImportError.UnknownCampaign]: {
    fr: 'Campagne de dons introuvable : « {name} »',
    en: 'Unknown donation campaign: “{name}”',
  },
  [ImportError.UnknownFunder]: { fr: 'Financeur introuvable : « {name} »', en: 'Unknown funder: “{name}”' },
  [ImportError.UnknownGrant]: { fr: 'Subvention introuvable : « {name} »', en: 'Unknown grant: “{name}”' },
  [ImportError.UnknownList]: {
    fr: 'Liste introuvable ou archivée : « {name} »',
    en: 'Unknown or archived list: “{name}”',
  },
  [ImportError.UnknownPerson]: {
    fr: 'Personne introuvable (e-mail) : « {email} »',
    en: 'Unknown person (email): “{email}”',
  },
  [ImportError.UnknownGroup]: {
    fr: 'Groupe de travail introuvable : « {name} »',
    en: 'Unknown working group: “{name}”',
  },
  [ImportError.UnknownOrganisation]: {
    fr: 'Organisation introuvable : « {name} »',
    en: 'Unknown organisation: “{name}”',
  },
  [ImportError.UnknownValue]: {
    fr: 'Valeur inconnue « {value} » (attendu : {allowed})',
    en: 'Unknown value “{value}” (expected: {allowed})',
  },
  [ImportError.UnreadableEncoding]: {
    fr: 'Encodage non reconnu ({encoding}) : enregistrez le fichier en CSV UTF-8 ou en CSV (séparateur : point-virgule)',
    en: 'Unrecognised encoding ({encoding}): save the file as CSV UTF-8 or CSV (semicolon separated)',
  },
  [ImportError.UnreadableFile]: { fr: 'Fichier illisible : {reason}', en: 'Unreadable file: {reason}' },
  [ImportError.UnreadableLine]: {
    fr: 'Ligne {line} illisible : {reason}',
    en: 'Line {line} unreadable: {reason}',
  },
});
