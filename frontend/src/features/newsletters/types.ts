import {
  DeliveryStatus,
  IssueStatus,
  ProposalStatus,
  SubscriberStatus,
  type AgendaEventDto,
  type CadenceResponse,
  type CheckReportResponse,
  type ConsentEventResponse,
  type CreateIssueDto,
  type DeliveryResponse,
  type IssueResponse,
  type NewsletterListCountsResponse,
  type PreviewResponse,
  type ProposalResponse,
  type PublicFormResponse,
  type SendStatsResponse,
  type SubscriberDeliveryResponse,
  type SubscriberDetailResponse,
  type SubscriberResponse,
  type SubscribersListParams,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { DeliveryStatus, IssueStatus, ProposalStatus, SubscriberStatus };
export type Issue = IssueResponse;
export type Block = IssueResponse['blocks'][number];
export type BlockType = Block['type'];
export type AgendaEvent = AgendaEventDto;
export type IssueInput = CreateIssueDto;
export type Preview = PreviewResponse;
export type CheckReport = CheckReportResponse;
export type SendStats = SendStatsResponse;
export type DeliveryRow = DeliveryResponse;
export type SubscriberDelivery = SubscriberDeliveryResponse;
export type Cadence = CadenceResponse;
export type NewsletterList = NewsletterListCountsResponse;
export type Subscriber = SubscriberResponse;
export type SubscriberListQuery = SubscribersListParams;
export type ConsentEvent = ConsentEventResponse;
export type SubscriberDetail = SubscriberDetailResponse;
export type Proposal = ProposalResponse;
export type PublicForm = PublicFormResponse;

export const ISSUE_STATUSES = Object.values(IssueStatus);
export const SUBSCRIBER_STATUSES = Object.values(SubscriberStatus);
export const DELIVERY_STATUSES = Object.values(DeliveryStatus);
export const PROPOSAL_STATUSES = Object.values(ProposalStatus);

/** The composer's "add a block" menu, in its order; a Record, so a block type the API adds fails to compile here. */
const BLOCK_MENU: Record<BlockType, true> = {
  editorial: true,
  article: true,
  agenda: true,
  new_members: true,
  donation: true,
  free_text: true,
};
export const BLOCK_TYPES = Object.keys(BLOCK_MENU) as BlockType[];
