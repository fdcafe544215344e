import { catalogue } from '../../common/error-catalogue';

/**
 * Stable codes of the errors the funding code throws: the API answers them as `error.code`, the UI may rely on them.
 */
export enum FundingError {
  AmountMustMoreThanZero = 'funding.amount_must_more_than_zero',
  ArchivedFunderRestore = 'funding.archived_funder_restore',
  AwaitingAnswer = 'funding.awaiting_answer',
  BeingDrafted = 'funding.being_drafted',
  Closed = 'funding.closed',
  DateFuture = 'funding.date_future',
  FieldRequired = 'funding.field_required',
  FunderAlreadyHasName = 'funding.funder_already_has_name',
  FunderArchived = 'funding.funder_archived',
  FunderNotFound = 'funding.funder_not_found',
  GiveAmountDayReceivedTogether = 'funding.give_amount_day_received_together',
  GiveAmountGranted = 'funding.give_amount_granted',
  GiveDayWasSent = 'funding.give_day_was_sent',
  GrantNotFound = 'funding.grant_not_found',
  GrantNotActive = 'funding.grant_not_active',
  GrantCanPublished = 'funding.grant_can_published',
  Granted = 'funding.granted',
  InstalmentsCanAdded = 'funding.instalments_can_added',
  InstalmentsCanChanged = 'funding.instalments_can_changed',
  InstalmentsPlannedExceedAmountAdjust = 'funding.instalments_planned_exceed_amount_adjust',
  InstalmentsWouldExceedAmountGranted = 'funding.instalments_would_exceed_amount_granted',
  LineStillUseContractorsMission = 'funding.line_still_use_contractors_mission',
  NoSuchBudgetLineGrant = 'funding.no_such_budget_line_grant',
  PeriodEndsBeforeStarts = 'funding.period_ends_before_starts',
  StatusChangeBeforePrevious = 'funding.status_change_before_previous',
  Prospect = 'funding.prospect',
  Refused = 'funding.refused',
  ReportSentNoLongerDue = 'funding.report_sent_no_longer_due',
  ReportsCanPlanned = 'funding.reports_can_planned',
  SpendingCanRecorded = 'funding.spending_can_recorded',
  SpendingFallsOutsideGrantsPeriod = 'funding.spending_falls_outside_grants_period',
  SpendingOutsidePeriod = 'funding.spending_outside_period',
  SpendingRecordedLineRemove = 'funding.spending_recorded_line_remove',
  UnknownFunder = 'funding.unknown_funder',
  StatusFinal = 'funding.status_final',
  StatusTransition = 'funding.status_transition',
}

/** Their texts in both languages; `{name}` is filled from the parameters given with `msg(code, { name })`. */
export const fundingErrors = catalogue<FundingError>({
  [FundingError.AmountMustMoreThanZero]: {
    fr: 'Le montant doit être supérieur à zéro',
    en: 'The amount must be more than zero',
  },
  [FundingError.ArchivedFunderRestore]: {
    fr: 'Financeur archivé : restaurez-le avant de le modifier',
    en: 'Archived funder: restore it first',
  },
  [FundingError.AwaitingAnswer]: {
    fr: 'en attente de réponse',
    en: 'awaiting an answer',
  },
  [FundingError.BeingDrafted]: {
    fr: 'en rédaction',
    en: 'being drafted',
  },
  [FundingError.Closed]: {
    fr: 'clos',
    en: 'closed',
  },
  [FundingError.DateFuture]: {
    fr: 'Cette date est dans le futur',
    en: 'This date is in the future',
  },
  [FundingError.FieldRequired]: {
    fr: 'Ce champ est obligatoire',
    en: 'This field is required',
  },
  [FundingError.FunderAlreadyHasName]: {
    fr: 'Un financeur porte déjà ce nom',
    en: 'A funder already has this name',
  },
  [FundingError.FunderArchived]: {
    fr: 'Ce financeur est archivé',
    en: 'This funder is archived',
  },
  [FundingError.FunderNotFound]: {
    fr: 'Financeur introuvable',
    en: 'Funder not found',
  },
  [FundingError.GiveAmountDayReceivedTogether]: {
    fr: 'Indiquez le montant et la date de réception ensemble',
    en: 'Give the amount and the day received together',
  },
  [FundingError.GiveAmountGranted]: {
    fr: 'Indiquez le montant accordé',
    en: 'Give the amount granted',
  },
  [FundingError.GiveDayWasSent]: {
    fr: 'Indiquez la date d’envoi',
    en: 'Give the day it was sent',
  },
  [FundingError.GrantNotFound]: {
    fr: 'Financement introuvable',
    en: 'Grant not found',
  },
  [FundingError.GrantCanPublished]: {
    fr: 'la publication se fait',
    en: 'publication is possible',
  },
  [FundingError.GrantNotActive]: {
    fr: 'Ce financement est {status} : {what} seulement sur un financement accordé',
    en: 'This grant is {status}: {what} only on a granted grant',
  },
  [FundingError.Granted]: {
    fr: 'accordé',
    en: 'granted',
  },
  [FundingError.InstalmentsCanAdded]: {
    fr: 'un versement s’ajoute',
    en: 'instalments can be added',
  },
  [FundingError.InstalmentsCanChanged]: {
    fr: 'un versement se modifie',
    en: 'instalments can be changed',
  },
  [FundingError.InstalmentsPlannedExceedAmountAdjust]: {
    fr: 'Les versements prévus dépassent ce montant : ajustez-les d’abord',
    en: 'The instalments planned exceed this amount: adjust them first',
  },
  [FundingError.InstalmentsWouldExceedAmountGranted]: {
    fr: 'Les versements prévus dépasseraient le montant accordé ({granted})',
    en: 'The instalments would exceed the amount granted ({granted})',
  },
  [FundingError.LineStillUseContractorsMission]: {
    fr: 'Cette ligne est encore utilisée (par une mission de prestation) : détachez-la d’abord',
    en: 'This line is still in use (by a contractor’s mission): detach it first',
  },
  [FundingError.NoSuchBudgetLineGrant]: {
    fr: 'Ligne budgétaire inconnue pour ce financement',
    en: 'No such budget line on this grant',
  },
  [FundingError.PeriodEndsBeforeStarts]: {
    fr: 'La fin de la période précède son début',
    en: 'The period ends before it starts',
  },
  [FundingError.StatusChangeBeforePrevious]: {
    fr: 'Le changement précédent date du {lastChangedOn} : celui-ci ne peut pas être antérieur',
    en: 'The previous change was on {lastChangedOn}: this one cannot be earlier',
  },
  [FundingError.Prospect]: {
    fr: 'une piste',
    en: 'a prospect',
  },
  [FundingError.Refused]: {
    fr: 'refusé',
    en: 'refused',
  },
  [FundingError.ReportSentNoLongerDue]: {
    fr: 'Un rapport envoyé n’est plus « à rendre »',
    en: 'A report sent is no longer due',
  },
  [FundingError.ReportsCanPlanned]: {
    fr: 'un rapport se prévoit',
    en: 'reports can be planned',
  },
  [FundingError.SpendingCanRecorded]: {
    fr: 'une dépense s’enregistre',
    en: 'spending can be recorded',
  },
  [FundingError.SpendingFallsOutsideGrantsPeriod]: {
    fr: 'Cette dépense tombe hors de la période du financement ({startsOn} – {endsOn})',
    en: "This spending falls outside the grant's period ({startsOn} – {endsOn})",
  },
  [FundingError.SpendingOutsidePeriod]: {
    fr: '{n} dépense(s) tomberaient hors de cette période',
    en: '{n} spending record(s) would fall outside this period',
  },
  [FundingError.SpendingRecordedLineRemove]: {
    fr: 'Des dépenses sont enregistrées sur cette ligne : supprimez-les d’abord',
    en: 'Spending is recorded on this line: remove it first',
  },
  [FundingError.UnknownFunder]: {
    fr: 'Financeur inconnu',
    en: 'Unknown funder',
  },
  [FundingError.StatusFinal]: {
    fr: 'Le statut « {status} » est définitif',
    en: 'The status "{status}" is final',
  },
  [FundingError.StatusTransition]: {
    fr: 'Depuis « {status} », le statut peut passer à : {next}',
    en: 'From "{status}", the status can go to: {next}',
  },
});
