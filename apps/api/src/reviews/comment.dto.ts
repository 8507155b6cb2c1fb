import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { BODY_MAX } from './comment-rules.js';
import { COMMENT_SUBJECTS } from './comment.entity.js';
import { trim } from '../common/dto-rules.js';

@ApiSchema({ name: 'CommentBody' })
export class CommentBodyDto {
  @ApiProperty({
    maxLength: BODY_MAX,
    description:
      'Markdown-like text: paragraphs, **bold**, *italic*, lists, [links](https://…), `code`, > quotes',
  })
  @Transform(trim)
  @IsString()
  @Length(1, BODY_MAX)
  body!: string;
}

@ApiSchema({ name: 'Comment' })
export class CommentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: COMMENT_SUBJECTS })
  subjectType!: string;

  @ApiProperty({ format: 'uuid', description: 'The candidate whose work the thread is about' })
  candidateId!: string;

  @ApiProperty({ format: 'uuid' })
  authorId!: string;

  @ApiProperty()
  authorName!: string;

  @ApiProperty({ description: 'The source text, as written' })
  body!: string;

  @ApiProperty({
    description:
      'The text rendered and sanitised (p, br, strong, em, ul, ol, li, a, code, blockquote)',
  })
  bodyHtml!: string;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty({ type: Date, nullable: true })
  editedAt!: Date | null;

  @ApiProperty({ description: 'Until when the author may still edit it' })
  editableUntil!: Date;
}
