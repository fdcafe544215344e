import { catalogue } from '../../common/error-catalogue';

/** Stable codes of the errors the splits code throws: the API answers them as `error.code`, the UI may rely on them. */
export enum SplitError {
  AmountsNotTotal = 'splits.amounts_not_total',
  ApproveSplitBeforeRecordingPayment = 'splits.approve_split_before_recording_payment',
  ApprovedSplitNeverChangesMake = 'splits.approved_split_never_changes_make',
  ArchivedOrganisation = 'splits.archived_organisation',
  CapBelowFloor = 'splits.cap_below_floor',
  ChooseLeastOneOrganisation = 'splits.choose_least_one_organisation',
  ContributionTypeListedTwice = 'splits.contribution_type_listed_twice',
  DateFuture = 'splits.date_future',
  DecisionNotAdopted = 'splits.decision_not_adopted',
  EveryShareZero = 'splits.every_share_zero',
  FieldRequired = 'splits.field_required',
  GrantHasNotBeenAwarded = 'splits.grant_has_not_been_awarded',
  GrantListedTwice = 'splits.grant_listed_twice',
  GrantsBringAmount = 'splits.grants_bring_amount',
  InvalidAmountWholeCentsNot = 'splits.invalid_amount_whole_cents_not',
  InvalidPercentage0100 = 'splits.invalid_percentage_0_100',
  InvalidWeight01000 = 'splits.invalid_weight_0_1_000',
  MoreThanWhatRemainsPay = 'splits.more_than_what_remains_pay',
  NoApprovedShareOrganisationSplit = 'splits.no_approved_share_organisation_split',
  NoValidatedContributionsTheseOrganisations = 'splits.no_validated_contributions_these_organisations',
  OnlyGrantLeftSplit = 'splits.only_grant_left_split',
  OrganisationHasNoShareSplit = 'splits.organisation_has_no_share_split',
  OrganisationListedTwice = 'splits.organisation_listed_twice',
  OrganisationNotFound = 'splits.organisation_not_found',
  PaymentAlreadyReversed = 'splits.payment_already_reversed',
  PaymentFutureCannotRecordedYet = 'splits.payment_future_cannot_recorded_yet',
  PaymentNotFound = 'splits.payment_not_found',
  PercentagesNot100 = 'splits.percentages_not_100',
  PeriodEndsBeforeStarts = 'splits.period_ends_before_starts',
  ResultHasChangedSinceSimulation = 'splits.result_has_changed_since_simulation',
  ReversalCannotReversedRecordNew = 'splits.reversal_cannot_reversed_record_new',
  ShareAlreadyPaidFull = 'splits.share_already_paid_full',
  SplitAlreadyApproved = 'splits.split_already_approved',
  SplitNotApprovedPublish = 'splits.split_not_approved_publish',
  SplitCannotComputed = 'splits.split_cannot_computed',
  SplitNotFound = 'splits.split_not_found',
  UnknownDecision = 'splits.unknown_decision',
  UnknownGrant = 'splits.unknown_grant',
  UnknownOrganisation = 'splits.unknown_organisation',
  UnknownRule = 'splits.unknown_rule',
  SetAsidesExceed = 'splits.set_asides_exceed',
  BasesExceed = 'splits.bases_exceed',
  FloorsExceed = 'splits.floors_exceed',
  CapsBelow = 'splits.caps_below',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const splitErrors = catalogue<SplitError>({
  [SplitError.AmountsNotTotal]: {
    fr: 'Les montants totalisent {sum} au lieu de {left}',
    en: 'The amounts add up to {sum} instead of {left}',
  },
  [SplitError.ApproveSplitBeforeRecordingPayment]: {
    fr: 'Approuvez la répartition avant d’enregistrer un versement',
    en: 'Approve the split before recording a payment',
  },
  [SplitError.ApprovedSplitNeverChangesMake]: {
    fr: 'Une répartition approuvée ne change plus : faites-en une nouvelle',
    en: 'An approved split never changes: make a new one',
  },
  [SplitError.ArchivedOrganisation]: {
    fr: 'Organisation archivée',
    en: 'Archived organisation',
  },
  [SplitError.CapBelowFloor]: {
    fr: 'Le plafond est inférieur au plancher',
    en: 'The cap is below the floor',
  },
  [SplitError.ChooseLeastOneOrganisation]: {
    fr: 'Choisissez au moins une organisation',
    en: 'Choose at least one organisation',
  },
  [SplitError.ContributionTypeListedTwice]: {
    fr: 'Un type de contribution est en double',
    en: 'A contribution type is listed twice',
  },
  [SplitError.DateFuture]: {
    fr: 'Date à venir',
    en: 'Date in the future',
  },
  [SplitError.DecisionNotAdopted]: {
    fr: 'La décision n° {number} n’a pas été adoptée',
    en: 'Decision no. {number} was not adopted',
  },
  [SplitError.EveryShareZero]: {
    fr: 'Toutes les parts sont nulles',
    en: 'Every share is zero',
  },
  [SplitError.FieldRequired]: {
    fr: 'Ce champ est obligatoire',
    en: 'This field is required',
  },
  [SplitError.GrantHasNotBeenAwarded]: {
    fr: 'Ce financement n’est pas encore accordé',
    en: 'This grant has not been awarded yet',
  },
  [SplitError.GrantListedTwice]: {
    fr: 'Financement en double',
    en: 'Grant listed twice',
  },
  [SplitError.GrantsBringAmount]: {
    fr: 'Les financements apportent {sum} pour un montant de {total}',
    en: 'The grants bring {sum} for an amount of {total}',
  },
  [SplitError.InvalidAmountWholeCentsNot]: {
    fr: 'Montant invalide (en centimes, entier positif)',
    en: 'Invalid amount (whole cents, not negative)',
  },
  [SplitError.InvalidPercentage0100]: {
    fr: 'Pourcentage invalide (de 0 à 100 %)',
    en: 'Invalid percentage (0 to 100%)',
  },
  [SplitError.InvalidWeight01000]: {
    fr: 'Poids invalide (de 0 à 1 000 000 points de base)',
    en: 'Invalid weight (0 to 1,000,000 basis points)',
  },
  [SplitError.MoreThanWhatRemainsPay]: {
    fr: 'Plus que ce qui reste à verser ({remaining})',
    en: 'More than what remains to pay ({remaining})',
  },
  [SplitError.NoApprovedShareOrganisationSplit]: {
    fr: 'Pas de part approuvée pour cette organisation dans cette répartition',
    en: 'No approved share for this organisation in this split',
  },
  [SplitError.NoValidatedContributionsTheseOrganisations]: {
    fr: 'Aucune contribution validée pour ces organisations (période et types choisis) : rien sur quoi répartir au prorata',
    en: 'No validated contributions for these organisations (chosen period and types): nothing to share in proportion to',
  },
  [SplitError.OnlyGrantLeftSplit]: {
    fr: 'Il reste {max} à répartir sur ce financement',
    en: 'Only {max} of this grant is left to split',
  },
  [SplitError.OrganisationHasNoShareSplit]: {
    fr: 'Cette organisation n’a pas de part dans la répartition',
    en: 'This organisation has no share in the split',
  },
  [SplitError.OrganisationListedTwice]: {
    fr: 'Organisation en double',
    en: 'Organisation listed twice',
  },
  [SplitError.OrganisationNotFound]: {
    fr: 'Organisation introuvable',
    en: 'Organisation not found',
  },
  [SplitError.PaymentAlreadyReversed]: {
    fr: 'Ce versement est déjà annulé',
    en: 'This payment is already reversed',
  },
  [SplitError.PaymentFutureCannotRecordedYet]: {
    fr: 'Un versement à venir ne s’enregistre pas encore',
    en: 'A payment in the future cannot be recorded yet',
  },
  [SplitError.PaymentNotFound]: {
    fr: 'Versement introuvable',
    en: 'Payment not found',
  },
  [SplitError.PercentagesNot100]: {
    fr: 'Les pourcentages totalisent {pct} % au lieu de 100 %',
    en: 'The percentages add up to {pct}% instead of 100%',
  },
  [SplitError.PeriodEndsBeforeStarts]: {
    fr: 'La fin de la période précède son début',
    en: 'The period ends before it starts',
  },
  [SplitError.ResultHasChangedSinceSimulation]: {
    fr: 'Le résultat a changé depuis votre simulation (des contributions ont bougé) : relisez-le avant d’approuver',
    en: 'The result has changed since your simulation (contributions moved): review it before approving',
  },
  [SplitError.ReversalCannotReversedRecordNew]: {
    fr: 'Une annulation ne s’annule pas : enregistrez un nouveau versement',
    en: 'A reversal cannot be reversed: record a new payment',
  },
  [SplitError.ShareAlreadyPaidFull]: {
    fr: 'Cette part est déjà entièrement versée',
    en: 'This share is already paid in full',
  },
  [SplitError.SplitNotApprovedPublish]: {
    fr: 'Seule une répartition approuvée peut être publiée',
    en: 'Only an approved split can be published',
  },
  [SplitError.SplitAlreadyApproved]: {
    fr: 'Cette répartition est déjà approuvée',
    en: 'This split is already approved',
  },
  [SplitError.SplitCannotComputed]: {
    fr: 'Cette répartition ne peut pas être calculée',
    en: 'This split cannot be computed',
  },
  [SplitError.SplitNotFound]: {
    fr: 'Répartition introuvable',
    en: 'Split not found',
  },
  [SplitError.UnknownDecision]: {
    fr: 'Décision inconnue',
    en: 'Unknown decision',
  },
  [SplitError.UnknownGrant]: {
    fr: 'Financement inconnu',
    en: 'Unknown grant',
  },
  [SplitError.UnknownOrganisation]: {
    fr: 'Organisation inconnue',
    en: 'Unknown organisation',
  },
  [SplitError.UnknownRule]: {
    fr: 'Règle inconnue',
    en: 'Unknown rule',
  },
  [SplitError.SetAsidesExceed]: {
    fr: 'Les montants mis de côté ({setAside}) dépassent le montant à répartir',
    en: 'The amounts set aside ({setAside}) exceed the amount to split',
  },
  [SplitError.BasesExceed]: {
    fr: 'La base × {count} organisations ({bases}) dépasse les {amount} à répartir',
    en: 'The base × {count} organisations ({bases}) exceeds the {amount} to split',
  },
  [SplitError.FloorsExceed]: {
    fr: 'Les planchers demandent au moins {least}, plus que les {amount} à répartir',
    en: 'The floors need at least {least}, more than the {amount} to split',
  },
  [SplitError.CapsBelow]: {
    fr: 'Les plafonds ne permettent de répartir que {most} sur {amount}',
    en: 'The caps allow only {most} of the {amount} to be split',
  },
});
