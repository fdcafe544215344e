import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { Ctx, type SignedInContext } from '../../common/request-context';
import { SignedIn } from '../../permissions/policy.decorator';
import { HomeResponse } from './dto/home.response';
import { HomeService } from './home.service';

/** Everyone signed in has a home; what it holds follows their roles and rights (see HomeService). */
@ApiTags('home')
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get()
  @SignedIn()
  @Returns(HomeResponse)
  get(@Ctx() ctx: SignedInContext) {
    return this.home.home(ctx);
  }
}
