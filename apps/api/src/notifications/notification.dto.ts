import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateIf,
} from 'class-validator';
import { NOTIFICATION_KINDS } from './notification.entity.js';

@ApiSchema({ name: 'Notification' })
export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' })
  kind!: string;

  @ApiProperty({ example: 'trace', description: 'trace, dossier (subjectId = exam), submission…' })
  subjectType!: string;

  @ApiProperty()
  subjectId!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  candidateId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'commentOnYourTrace',
    description:
      'Why it was sent: the key of its sentence in @dossier-sno/i18n (`notifications.*`); null on notifications older than reasons',
  })
  reason!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { author: 'Lou Garnier', title: 'Support utilisateur' },
    description: 'The names, titles and dates (ISO) the sentence of `reason` shows',
  })
  params!: Record<string, unknown>;

  @ApiProperty({
    example: 'Lou Garnier a commenté votre trace « Support utilisateur ».',
    description: 'The sentence in French (what old notifications show)',
  })
  summary!: string;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty({ type: Date, nullable: true })
  readAt!: Date | null;
}

@ApiSchema({ name: 'NotificationPage' })
export class NotificationPageView {
  @ApiProperty({ type: [NotificationView], description: 'Newest first' })
  items!: NotificationView[];

  @ApiProperty()
  total!: number;

  @ApiProperty({ description: 'Unread notifications in all pages' })
  unreadCount!: number;
}

@ApiSchema({ name: 'MarkNotificationsRead' })
export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 200 })
  @ValidateIf((o: MarkReadDto) => o.all !== true)
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ description: 'Marks every notification read' })
  @IsOptional()
  @IsIn([true])
  all?: boolean;
}

@ApiSchema({ name: 'MarkedRead' })
export class MarkedReadView {
  @ApiProperty({ description: 'Unread notifications left' })
  unreadCount!: number;
}

@ApiSchema({ name: 'UserSettings' })
export class UserSettingsDto {
  @ApiProperty({ description: 'A daily e-mail listing new notifications (on by default)' })
  @IsBoolean()
  emailDigest!: boolean;
}
