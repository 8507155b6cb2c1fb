import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Ip,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseGuards,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import { FileView } from '../traces/trace.dto.js';
import { fileView } from '../traces/traces.service.js';
import { RenameFileDto } from './file.dto.js';
import type { StoredUpload } from './s3-storage-engine.js';
import { sendObject } from './send-object.js';
import { TraceFilesService } from './trace-files.service.js';
import { AccessGuard } from '../policy/access.guard.js';
import { Permission } from '../policy/permission.js';
import { uuid } from '../common/uuid-param.js';
import { StreamedUpload } from './upload-options.js';
import { DomainError } from '../common/domain-error.js';

@ApiTags('files')
@Controller()
export class FilesController {
  constructor(private readonly files: TraceFilesService) {}

  @Post('traces/:id/files')
  @Roles('candidate')
  @UseGuards(AccessGuard(Permission.TraceUpdate))
  @StreamedUpload()
  @ApiOperation({
    operationId: 'uploadTraceFile',
    summary:
      'Streams one file to storage; type sniffed from the content (415 if refused, 413 if too large)',
  })
  @ApiCreatedResponse({ type: FileView })
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @UploadedFile() file: (Express.Multer.File & StoredUpload) | undefined,
  ): Promise<FileView> {
    if (!file) {
      throw new DomainError('FILE_EXPECTED', { field: 'file' });
    }
    return fileView(await this.files.attach(actor, id, file, file.originalname));
  }

  @Get('files/:id/content')
  @ApiOperation({
    operationId: 'getFileContent',
    summary: 'The bytes, as a download (inline only for images, PDF, audio, video); supports Range',
  })
  @ApiQuery({ name: 'inline', required: false, enum: ['1'] })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async content(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Query('inline') inline: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
    @Ip() ip: string,
  ): Promise<void> {
    const file = await this.files.visible(actor, id);
    await sendObject(
      req,
      res,
      file,
      inline === '1',
      async (range) => (await this.files.download(actor, id, range, ip)).stream,
    );
  }

  @Patch('files/:id')
  @Roles('candidate')
  @ApiOperation({ operationId: 'renameFile', summary: 'Renames a file (its bytes never change)' })
  @ApiOkResponse({ type: FileView })
  async rename(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: RenameFileDto,
  ): Promise<FileView> {
    return fileView(await this.files.rename(actor, id, dto.name));
  }

  @Delete('files/:id')
  @Roles('candidate')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteFile' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<void> {
    return this.files.remove(actor, id);
  }
}
