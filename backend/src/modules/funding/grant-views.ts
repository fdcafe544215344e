import type { GrantStatus } from './funding-types';

/** A grant's money as other modules (fund splits) need it. */
export interface GrantAmounts {
  id: string;
  title: string;
  funderName: string;
  status: GrantStatus;
  amountRequestedCents: number;
  amountGrantedCents: number | null;
  receivedCents: number;
  startsOn: string | null;
  endsOn: string | null;
}
