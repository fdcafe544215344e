import { Body, Controller, Get, Headers, Patch, Post, Put, Query, Req, Res, type RawBodyRequest } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Returns, ReturnsFile, ReturnsPage } from '../../common/contract';
import { AcceptedResponse } from '../../common/dto/accepted.response';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Public } from '../../permissions/policy.decorator';
import { CampaignsService } from './campaigns.service';
import { DonationsService } from './donations.service';
import {
  CancelReceiptDto,
  CreateCampaignDto,
  CreateGiftDto,
  DeclarationQuery,
  DonationSettingsDto,
  DonorInput,
  DonorQuery,
  GiftQuery,
  IssueReceiptsDto,
  ReceiptQuery,
  UpdateCampaignDto,
  UpdateDonorDto,
} from './dto/donations.dto';
import {
  CampaignResponse,
  DonationSettingsResponse,
  DonorDetailResponse,
  DonorResponse,
  GiftResponse,
  HelloAssoImportResponse,
  IssuedReceiptsResponse,
  PublicCampaignResponse,
  ReceiptDeclarationResponse,
  ReceiptResponse,
} from './dto/donations.response';
import { HelloAssoService } from './helloasso.service';
import { declarationCsv } from './receipt-declaration';
import { ReceiptsService } from './receipts.service';

@ApiTags('donations')
@Controller('donations')
export class DonationsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly donations: DonationsService,
    private readonly receipts: ReceiptsService,
    private readonly helloasso: HelloAssoService,
  ) {}

  @Get('campaigns')
  @Policy('read', 'DonationCampaign')
  @Returns([CampaignResponse])
  listCampaigns(@Ctx() ctx: RequestContext) {
    return this.campaigns.list(ctx);
  }

  @Get('campaigns/:id')
  @Policy('read', 'DonationCampaign')
  @Returns(CampaignResponse)
  getCampaign(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.campaigns.get(ctx, id);
  }

  @Post('campaigns')
  @Policy('create', 'DonationCampaign')
  @Returns(CampaignResponse, 201)
  createCampaign(@Ctx() ctx: SignedInContext, @Body() dto: CreateCampaignDto) {
    return this.campaigns.create(ctx, dto);
  }

  @Patch('campaigns/:id')
  @Policy('update', 'DonationCampaign')
  @Returns(CampaignResponse)
  updateCampaign(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateCampaignDto) {
    return this.campaigns.update(ctx, id, dto);
  }

  /** Brings in the orders and payments of the campaign's HelloAsso form (what is already there is updated). */
  @Post('campaigns/:id/helloasso-import')
  @Policy('create', 'Gift')
  @Returns(HelloAssoImportResponse)
  importHelloAsso(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.helloasso.importCampaign(ctx, id);
  }

  /** A campaign's public progress (opt-in per campaign), for its public page: no login, rate-limited. */
  @Get('public/campaigns/:slug')
  @Public()
  @Returns(PublicCampaignResponse)
  publicCampaign(@Req() req: FastifyRequest) {
    return this.campaigns.publicProgress(req.ip, (req.params as { slug: string }).slug);
  }

  @Get('donors')
  @Policy('read', 'Donor')
  @ReturnsPage(DonorResponse)
  listDonors(@Ctx() ctx: RequestContext, @Query() q: DonorQuery) {
    return this.donations.listDonors(ctx, q);
  }

  @Get('donors/:id')
  @Policy('read', 'Donor')
  @Returns(DonorDetailResponse)
  getDonor(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.donations.getDonor(ctx, id);
  }

  /** An existing donor with the same email (or SIREN, or organisation name) is answered instead of a copy. */
  @Post('donors')
  @Policy('create', 'Donor')
  @Returns(DonorDetailResponse, 201)
  createDonor(@Ctx() ctx: SignedInContext, @Body() dto: DonorInput) {
    return this.donations.createDonor(ctx, dto);
  }

  @Patch('donors/:id')
  @Policy('update', 'Donor')
  @Returns(DonorDetailResponse)
  updateDonor(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateDonorDto) {
    return this.donations.updateDonor(ctx, id, dto);
  }

  @Get('gifts')
  @Policy('read', 'Gift')
  @ReturnsPage(GiftResponse)
  listGifts(@Ctx() ctx: RequestContext, @Query() q: GiftQuery) {
    return this.donations.listGifts(ctx, q);
  }

  /** A cheque, a transfer, cash: entered by hand. */
  @Post('gifts')
  @Policy('create', 'Gift')
  @Returns(GiftResponse, 201)
  createGift(@Ctx() ctx: SignedInContext, @Body() dto: CreateGiftDto) {
    return this.donations.createGift(ctx, dto);
  }

  @Get('receipts')
  @Policy('read', 'TaxReceipt')
  @ReturnsPage(ReceiptResponse)
  listReceipts(@Ctx() ctx: RequestContext, @Query() q: ReceiptQuery) {
    return this.receipts.list(ctx, q);
  }

  @Post('receipts')
  @Policy('issue', 'TaxReceipt')
  @Returns(IssuedReceiptsResponse, 201)
  issueReceipts(@Ctx() ctx: SignedInContext, @Body() dto: IssueReceiptsDto) {
    return this.receipts.issue(ctx, dto);
  }

  /** Article 222 bis CGI: the year's receipts, counted and summed, for the tax declaration. */
  @Get('receipts/declaration')
  @Policy('read', 'TaxReceipt')
  @Returns(ReceiptDeclarationResponse)
  declaration(@Query() q: DeclarationQuery) {
    return this.receipts.declaration(q.year);
  }

  @Get('receipts/declaration.csv')
  @Policy('read', 'TaxReceipt')
  @ReturnsFile('text/csv')
  async declarationCsv(
    @Ctx() ctx: RequestContext,
    @Query() q: DeclarationQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="recus-fiscaux-${q.year}.csv"`);
    return declarationCsv(await this.receipts.declaration(q.year), ctx.locale);
  }

  @Get('receipts/:id/pdf')
  @Policy('read', 'TaxReceipt')
  @ReturnsFile('application/pdf')
  async receiptPdf(@Ctx() ctx: RequestContext, @IdParam() id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const { number, pdf } = await this.receipts.pdf(ctx, id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="recu-fiscal-${number}.pdf"`);
    return pdf;
  }

  /** Cancels a receipt (its number stays used), and issues the replacement when `reissue` is set. */
  @Post('receipts/:id/cancel')
  @Policy('update', 'TaxReceipt')
  @Returns(IssuedReceiptsResponse)
  cancelReceipt(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: CancelReceiptDto) {
    return this.receipts.cancel(ctx, id, dto);
  }

  @Get('settings')
  @Policy('read', 'DonationSettings')
  @Returns(DonationSettingsResponse)
  settings() {
    return this.campaigns.settings();
  }

  @Put('settings')
  @Policy('update', 'DonationSettings')
  @Returns(DonationSettingsResponse)
  saveSettings(@Ctx() ctx: SignedInContext, @Body() dto: DonationSettingsDto) {
    return this.campaigns.saveSettings(ctx, dto);
  }

  /** HelloAsso's notifications: signed (`x-ha-signature`), checked against the body as it came. */
  @Post('webhooks/helloasso')
  @Public()
  @ApiBody({ schema: { type: 'object', additionalProperties: true } })
  @Returns(AcceptedResponse)
  helloassoWebhook(@Req() req: RawBodyRequest<FastifyRequest>, @Headers('x-ha-signature') signature?: string) {
    return this.helloasso.webhook(req.ip, req.rawBody, signature);
  }
}
