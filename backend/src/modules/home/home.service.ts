import { Injectable } from '@nestjs/common';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { AccountsService } from '../../auth/accounts.service';
import { BackupService } from '../../backup/backup.service';
import type { SignedInContext } from '../../common/request-context';
import { ContractorsService } from '../contractors/contractors.service';
import { ContributionsService } from '../contributions/contributions.service';
import type { ContributionQuery } from '../contributions/dto/contribution.dto';
import { FundingOverviewService } from '../funding/funding-overview.service';
import { ActionItemsService } from '../governance/action-items.service';
import { MeetingsService } from '../governance/meetings.service';
import { CadenceService } from '../newsletters/cadence.service';
import { ProposalsService } from '../newsletters/proposals.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { SplitsService } from '../splits/splits.service';
import { WorkingGroupsService } from '../working-groups/working-groups.service';
import type {
  CoordinatorHomeResponse,
  HomeCountResponse,
  HomeResponse,
  HomeStatusCountResponse,
  MissionMonthHomeResponse,
  OrganisationHomeResponse,
} from './dto/home.response';

const STATUSES = ['draft', 'submitted', 'validated', 'rejected'] as const;
/** The coordinator's horizon for deadlines: one of the deadlines page's windows, which the home links to. */
const DEADLINE_DAYS = 42;
/** Enough rows for a person's own groups or missions: a lead has two or three groups, a contractor one mission. */
const ALL = { page: 1, pageSize: 200, order: 'asc' } as const;
const COUNT = { page: 1, pageSize: 1, order: 'asc' } as const;

const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE }).format(new Date());

/**
 * Each role's home. Every figure is the `total` of the very list the UI links it to, asked of that list's service with
 * the reader's own context: counted in SQL, filtered by the reader's rights there, and equal to what the list shows.
 * A part is asked for only when the ability grants what it counts.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly contributions: ContributionsService,
    private readonly actions: ActionItemsService,
    private readonly meetings: MeetingsService,
    private readonly notifications: NotificationsService,
    private readonly proposals: ProposalsService,
    private readonly accounts: AccountsService,
    private readonly funding: FundingOverviewService,
    private readonly groups: WorkingGroupsService,
    private readonly cadence: CadenceService,
    private readonly backups: BackupService,
    private readonly organisations: OrganisationsService,
    private readonly splits: SplitsService,
    private readonly missions: ContractorsService,
  ) {}

  async home(ctx: SignedInContext): Promise<HomeResponse> {
    const today = parisToday();
    const { user, ability } = ctx;
    const mine = { ...COUNT, sort: 'dueOn', pending: true } as const;
    const readsGroups = ability.can('read', 'WorkingGroup');
    const groups = readsGroups ? (await this.groups.list(ctx, { ...ALL, sort: 'name' })).items : [];
    const led = new Set([...user.groupIds, ...user.welcomeGroupIds]);
    return {
      today,
      actionsPending: (await this.actions.mine(ctx, { ...mine })).total,
      actionsOverdue: (await this.actions.mine(ctx, { ...mine, overdue: true })).total,
      unreadNotifications: (await this.notifications.list(ctx, COUNT)).unread,
      nextMeetings: ability.can('read', 'Meeting')
        ? (await this.meetings.list(ctx, { page: 1, pageSize: 3, order: 'asc', sort: 'startsAt', when: 'upcoming' }))
            .items
        : [],
      coordinator: ability.can('validate', 'Contribution') ? await this.coordinator(ctx) : null,
      organisations: user.roles.includes('copil')
        ? await Promise.all(user.organisationIds.map((id) => this.organisation(ctx, id, Number(today.slice(0, 4)))))
        : [],
      ledGroups: groups.filter((g) => led.has(g.id)),
      memberGroups: groups.filter((g) => user.memberGroupIds.includes(g.id) && !led.has(g.id)),
      missions: user.roles.includes('contractor') ? await this.missionMonths(ctx, today.slice(0, 7)) : [],
    };
  }

  private async count(ctx: SignedInContext, filters: Partial<ContributionQuery>): Promise<HomeCountResponse> {
    const page = await this.contributions.list(ctx, { ...COUNT, order: 'desc', sort: 'startsOn', ...filters });
    return { count: page.total, valueCents: page.totalValueCents };
  }

  private async coordinator(ctx: SignedInContext): Promise<CoordinatorHomeResponse> {
    const groups = { page: 1, pageSize: 1, order: 'asc', sort: 'name', status: 'active' } as const;
    return {
      toValidate: await this.count(ctx, { status: 'submitted' }),
      proposalsToReview: ctx.ability.can('read', 'NewsletterProposal')
        ? (await this.proposals.list(ctx, { ...COUNT, status: 'pending' })).total
        : 0,
      invitationsPending: (await this.accounts.list(ctx, { ...COUNT, invitationPending: true })).total,
      fundingAlerts: (await this.funding.alertsList()).length,
      deadlinesSoon: (await this.funding.deadlines(DEADLINE_DAYS)).length,
      groupsWithGaps: (await this.groups.list(ctx, { ...groups, withGaps: true })).total,
      groupsLateWelcome: (await this.groups.list(ctx, { ...groups, lateWelcome: true })).total,
      overdueActions: (await this.actions.list(ctx, { ...COUNT, sort: 'dueOn', pending: true, overdue: true })).total,
      nextNewsletterDueOn: (await this.cadence.cadence()).nextDueOn,
      lastBackupAt: (await this.backups.status()).lastSuccess?.finishedAt ?? null,
    };
  }

  private async organisation(ctx: SignedInContext, id: string, year: number): Promise<OrganisationHomeResponse> {
    const yearFilter = { organisationId: id, from: `${year}-01-01`, to: `${year}-12-31` };
    const byStatus: HomeStatusCountResponse[] = [];
    for (const status of STATUSES) byStatus.push({ status, ...(await this.count(ctx, { ...yearFilter, status })) });
    const splits = (await this.splits.list(ctx, { ...ALL, order: 'desc', sort: 'createdAt', organisationId: id }))
      .items;
    const allocatedCents = splits.reduce((s, x) => s + (x.allocatedCents ?? 0), 0);
    const paidCents = splits.reduce((s, x) => s + (x.paidCents ?? 0), 0);
    return {
      organisationId: id,
      organisationName: (await this.organisations.get(ctx, id)).name,
      year,
      byStatus,
      contributions: await this.count(ctx, yearFilter),
      splits,
      allocatedCents,
      paidCents,
      dueCents: allocatedCents - paidCents,
    };
  }

  private async missionMonths(ctx: SignedInContext, month: string): Promise<MissionMonthHomeResponse[]> {
    const { items } = await this.missions.list(ctx, {
      ...ALL,
      sort: 'startsOn',
      contractorPersonId: ctx.user.personId,
      active: true,
    });
    const out: MissionMonthHomeResponse[] = [];
    for (const m of items) {
      const detail = await this.missions.get(ctx, m.id);
      const thisMonth = detail.months.find((x) => x.month === month);
      out.push({
        missionId: m.id,
        title: m.title,
        month,
        budgetedDays: thisMonth?.budgetedDays ?? 0,
        usedDays: thisMonth?.usedDays ?? 0,
        totalBudgetedDays: m.budgetedDays,
        totalUsedDays: m.usedDays,
      });
    }
    return out;
  }
}
