import { Controller, Get, Ip, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/decorators.js';
import { PersonalDataExport } from './personal-data.service.js';

@ApiTags('users')
@Controller('me')
export class MeController {
  constructor(private readonly personalData: PersonalDataExport) {}

  @Get('export')
  @ApiOperation({
    operationId: 'exportMyData',
    summary: 'Everything held about the caller (RGPD), as a ZIP',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'ZIP of JSON files', schema: { type: 'string', format: 'binary' } })
  async export(
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
    @Res() res: Response,
  ): Promise<void> {
    const archive = await this.personalData.zip(actor, ip);
    const date = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="dossier-sno-mes-donnees-${date}.zip"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    archive.on('error', () => res.destroy());
    archive.pipe(res);
  }
}
