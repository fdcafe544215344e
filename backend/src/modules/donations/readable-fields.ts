import type { CAMPAIGN_TOTALS_FIELDS, FieldsOf } from '../../permissions/readable-fields';
import type { CampaignResponse } from './dto/donations.response';

// Compile-time: the fields everyone reads of a campaign are fields of its response.
export type CampaignTotalsFields = FieldsOf<CampaignResponse, typeof CAMPAIGN_TOTALS_FIELDS>;
