import { call, client } from '@/lib/api';
import type {
  CreateListDto,
  CreateProposalDto,
  CreateSubscriberDto,
  IssueContentDto,
  IssuesDeliveriesParams,
  IssuesListParams,
  ProposalBlockType,
  ProposalsListParams,
  ResendDto,
  SubscribeDto,
  UpdateListDto,
  UpdateSubscriberDto,
} from '@/lib/generated/api';
import type { IssueInput, SubscriberListQuery } from './types';

const newsletters = client.newsletters;
const visitors = client.newslettersPublic;

export const issuesApi = {
  list: (query: IssuesListParams, signal?: AbortSignal) => call(newsletters.issuesList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(newsletters.issuesGet({ id }, { signal })),
  create: (input: IssueInput) => call(newsletters.issuesCreate(input)),
  update: (id: string, input: Partial<IssueInput>) => call(newsletters.issuesUpdate({ id }, input)),
  preview: (input: IssueContentDto) => call(newsletters.issuesPreview(input)),
  previewSaved: (id: string, signal?: AbortSignal) => call(newsletters.issuesPreviewSaved({ id }, { signal })),
  check: (id: string) => call(newsletters.issuesCheck({ id })),
  testSend: (id: string, emails: string[]) => call(newsletters.issuesTestSend({ id }, { emails })),
  submit: (id: string) => call(newsletters.issuesSubmit({ id })),
  reopen: (id: string) => call(newsletters.issuesReopen({ id })),
  schedule: (id: string, sendAt: string) => call(newsletters.issuesSchedule({ id }, { sendAt })),
  pause: (id: string) => call(newsletters.issuesPause({ id })),
  resume: (id: string) => call(newsletters.issuesResume({ id })),
  resend: (id: string, chosen: ResendDto) => call(newsletters.issuesResend({ id }, chosen)),
  stats: (id: string, signal?: AbortSignal) => call(newsletters.issuesIssueStats({ id }, { signal })),
  deliveries: (id: string, query: Omit<IssuesDeliveriesParams, 'id'>, signal?: AbortSignal) =>
    call(newsletters.issuesDeliveries({ id, ...query }, { signal })),
  cadence: (signal?: AbortSignal) => call(newsletters.issuesNextDue({ signal })),
};

export const listsApi = {
  list: (signal?: AbortSignal) => call(newsletters.listsList({}, { signal })),
  create: (input: CreateListDto) => call(newsletters.listsCreate(input)),
  update: (id: string, input: UpdateListDto) => call(newsletters.listsUpdate({ id }, input)),
  archive: (id: string) => call(newsletters.listsArchive({ id })),
};

export const subscribersApi = {
  list: (query: SubscriberListQuery, signal?: AbortSignal) => call(newsletters.subscribersList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(newsletters.subscribersGet({ id }, { signal })),
  create: (input: CreateSubscriberDto) => call(newsletters.subscribersCreate(input)),
  update: (id: string, input: UpdateSubscriberDto) => call(newsletters.subscribersUpdate({ id }, input)),
};

export const proposalsApi = {
  list: (query: ProposalsListParams, signal?: AbortSignal) => call(newsletters.proposalsList(query, { signal })),
  create: (input: CreateProposalDto) => call(newsletters.proposalsCreate(input)),
  accept: (id: string, issueId: string, as: ProposalBlockType) =>
    call(newsletters.proposalsAccept({ id }, { issueId, as })),
  decline: (id: string, note: string | null) => call(newsletters.proposalsDecline({ id }, { note })),
};

export const publicNewsletterApi = {
  form: (signal?: AbortSignal) => call(visitors.publicNewslettersForm({ signal })),
  subscribe: (input: SubscribeDto) => call(visitors.publicNewslettersSubscribe(input)),
  confirm: (token: string) => call(visitors.publicNewslettersConfirm({ token })),
  unsubscribeInfo: (token: string, signal?: AbortSignal) =>
    call(visitors.publicNewslettersDescribe({ token }, { signal })),
  unsubscribe: (token: string, allLists: boolean) =>
    call(visitors.publicNewslettersUnsubscribe({ token }, { allLists })),
  archive: (signal?: AbortSignal) => call(visitors.publicNewslettersArchived({ signal })),
};
