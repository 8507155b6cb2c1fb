import type { Referential } from '@dossier-sno/referential';
import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/decorators.js';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReferentialDto } from './referential.dto.js';
import { ReferentialService } from './referential.service.js';

@ApiTags('referential')
@Public()
@Controller('referential')
export class ReferentialController {
  constructor(private readonly referential: ReferentialService) {}

  @Get()
  @ApiOperation({ operationId: 'getReferential', summary: 'The current référentiel of the MC SNO' })
  @ApiOkResponse({ type: ReferentialDto })
  get(): Referential {
    return this.referential.current();
  }
}
