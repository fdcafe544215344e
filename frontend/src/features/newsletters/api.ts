import { api, download, type Page } from '@/lib/api';
import type {
  Cadence, CheckReport, DeliveryRow, DeliveryStatus, ImportReport, Issue, IssueInput, IssueStatus, NewsletterList, Preview, Proposal,
  PublicForm, SendStats, Subscriber, SubscriberDetail, SubscriberStatus,
} from './types';

export const issuesApi = {
  list: (query: { status?: IssueStatus; page?: number; pageSize?: number }, signal?: AbortSignal) => api.get<Page<Issue>>('/newsletters/issues', query, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Issue>(`/newsletters/issues/${id}`, undefined, signal),
  create: (input: IssueInput) => api.post<Issue>('/newsletters/issues', input),
  update: (id: string, input: Partial<IssueInput>) => api.patch<Issue>(`/newsletters/issues/${id}`, input),
  preview: (input: Pick<IssueInput, 'title' | 'preheader' | 'blocks'>) => api.post<Preview>('/newsletters/preview', input),
  previewSaved: (id: string, signal?: AbortSignal) => api.get<Preview>(`/newsletters/issues/${id}/preview`, undefined, signal),
  check: (id: string) => api.get<CheckReport>(`/newsletters/issues/${id}/check`),
  testSend: (id: string, emails: string[]) => api.post<{ sent: number }>(`/newsletters/issues/${id}/test-send`, { emails }),
  submit: (id: string) => api.post<Issue>(`/newsletters/issues/${id}/submit`),
  reopen: (id: string) => api.post<Issue>(`/newsletters/issues/${id}/reopen`),
  schedule: (id: string, sendAt: string) => api.post<Issue>(`/newsletters/issues/${id}/schedule`, { sendAt }),
  pause: (id: string) => api.post<Issue>(`/newsletters/issues/${id}/pause`),
  resume: (id: string) => api.post<Issue>(`/newsletters/issues/${id}/resume`),
  resendUncertain: (id: string) => api.post<Issue>(`/newsletters/issues/${id}/resend-uncertain`),
  stats: (id: string, signal?: AbortSignal) => api.get<SendStats>(`/newsletters/issues/${id}/stats`, undefined, signal),
  deliveries: (id: string, query: { status?: DeliveryStatus; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    api.get<Page<DeliveryRow>>(`/newsletters/issues/${id}/deliveries`, query, signal),
  cadence: (signal?: AbortSignal) => api.get<Cadence>('/newsletters/cadence', undefined, signal),
};

export const listsApi = {
  list: (signal?: AbortSignal) => api.get<NewsletterList[]>('/newsletters/lists', undefined, signal),
  create: (input: { key: string; name: string; description: string | null; isPublic: boolean }) => api.post<NewsletterList>('/newsletters/lists', input),
  update: (id: string, input: { name?: string; description?: string | null; isPublic?: boolean }) => api.patch<NewsletterList>(`/newsletters/lists/${id}`, input),
  archive: (id: string) => api.post<NewsletterList>(`/newsletters/lists/${id}/archive`),
};

export const subscribersApi = {
  list: (query: { q?: string; listId?: string; status?: SubscriberStatus; page?: number; pageSize?: number; sort?: string; order?: string }, signal?: AbortSignal) =>
    api.get<Page<Subscriber>>('/newsletters/subscribers', query, signal),
  get: (id: string, signal?: AbortSignal) => api.get<SubscriberDetail>(`/newsletters/subscribers/${id}`, undefined, signal),
  create: (input: { email: string; firstName: string | null; lastName: string | null; locale: 'fr' | 'en'; listIds: string[]; consentSource: string }) =>
    api.post<SubscriberDetail>('/newsletters/subscribers', input),
  update: (id: string, input: { status?: 'bounced' | 'complained'; listIds?: string[] }) => api.patch<SubscriberDetail>(`/newsletters/subscribers/${id}`, input),
  import: (input: { csv: string; listIds: string[]; consentSource: string; dryRun: boolean }) => api.post<ImportReport>('/newsletters/subscribers/import', input),
  /** Personal data: the API may ask for the password again first (see `download`). */
  export: (listId?: string) => download('/newsletters/subscribers/export', 'abonnes.csv', { listId }),
};

export const proposalsApi = {
  list: (query: { status?: string; page?: number; pageSize?: number }, signal?: AbortSignal) => api.get<Page<Proposal>>('/newsletters/proposals', query, signal),
  create: (input: { title: string; text: string; linkUrl: string | null; groupName: string | null }) => api.post<Proposal>('/newsletters/proposals', input),
  accept: (id: string, issueId: string, as: 'article' | 'free_text') => api.post<Proposal>(`/newsletters/proposals/${id}/accept`, { issueId, as }),
  decline: (id: string, note: string | null) => api.post<Proposal>(`/newsletters/proposals/${id}/decline`, { note }),
};

export const publicNewsletterApi = {
  form: (signal?: AbortSignal) => api.get<PublicForm>('/newsletters/public/form', undefined, signal),
  subscribe: (input: { email: string; firstName: string | null; locale: 'fr' | 'en'; listIds: string[]; consentTextVersion: string; sourcePage: string; website: string }) =>
    api.post<{ ok: true }>('/newsletters/public/subscribe', input),
  confirm: (token: string) => api.post<{ email: string; lists: string[] }>('/newsletters/public/confirm', { token }),
  unsubscribeInfo: (token: string, signal?: AbortSignal) =>
    api.get<{ email: string; list: string; subscribed: boolean; locale: 'fr' | 'en' }>(`/newsletters/public/unsubscribe/${token}/info`, undefined, signal),
  unsubscribe: (token: string, allLists: boolean) => api.post<{ list: string; lists: number }>(`/newsletters/public/unsubscribe/${token}`, { allLists }),
  archive: (signal?: AbortSignal) => api.get<{ number: number; title: string; preheader: string | null; sentAt: string }[]>('/newsletters/public/archive', undefined, signal),
};
