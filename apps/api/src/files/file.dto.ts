import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { safeFileName } from './file-names.js';

@ApiSchema({ name: 'RenameFile' })
export class RenameFileDto {
  @ApiProperty({ example: 'capture-ticket-1234.png' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? safeFileName(value) : value,
  )
  @IsString()
  @Length(1, 255)
  name!: string;
}
