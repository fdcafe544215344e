import { ReadAs } from '../../../common/contract';

@ReadAs('NewsletterList')
export class NewsletterListResponse {
  id: string;
  /** Stable short name, used in List-Id. */
  key: string;
  name: string;
  description: string | null;
  /** Offered on the public subscribe form. */
  isPublic: boolean;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A list with its number of confirmed and pending subscribers. */
@ReadAs('NewsletterList')
export class NewsletterListCountsResponse extends NewsletterListResponse {
  confirmed: number;
  pending: number;
}
