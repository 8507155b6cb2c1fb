import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, Length, Matches, Min, ValidateNested } from 'class-validator';
import type { DomainError } from './domain-error.js';
import { inLocale, rule, validationPipe } from './validation-errors.js';

class Page {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;
}
class Tutor {
  @IsEmail()
  email!: string;
}
class Body extends Page {
  @Length(1, 200)
  title!: string;
  @IsIn(['tutor', 'examiner'])
  role!: string;
  @Matches(/^\d{14}$/, rule('siret'))
  siret!: string;
  @ValidateNested()
  @Type(() => Tutor)
  tutor!: Tutor;
}

const pipe = validationPipe();

async function refusal(value: unknown): Promise<DomainError> {
  try {
    await pipe.transform(value, { type: 'body', metatype: Body });
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('accepted');
}

describe('invalidInput', () => {
  it('names each field, its rule and the bounds of its decorator, inherited ones included', async () => {
    const error = await refusal({
      page: 0,
      title: '',
      role: 'admin',
      siret: '123',
      tutor: { email: 'non' },
      extra: 1,
    });
    expect(error.code).toBe('INVALID_INPUT');
    const fields = (error.details.fields as { field: string; rule: string; params: object }[]).map(
      ({ field, rule, params }) => ({ field, rule, params }),
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'page', rule: 'min', params: { min: 1 } },
        { field: 'title', rule: 'length', params: { min: 1, max: 200 } },
        { field: 'role', rule: 'isIn', params: { choices: ['tutor', 'examiner'] } },
        { field: 'siret', rule: 'siret', params: {} },
        { field: 'tutor.email', rule: 'isEmail', params: {} },
        { field: 'extra', rule: 'unknownField', params: {} },
      ]),
    );
    expect(fields).toHaveLength(6);
    expect(error.message).toMatch(/^6 valeurs à corriger : /);
    expect(error.message).toContain('title : de 1 à 200 caractères.');
  });

  it('writes the sentences again in the language asked', async () => {
    const error = await refusal({
      page: 1,
      title: 'x',
      role: 'tutor',
      siret: '1',
      tutor: { email: 'a@b.fr' },
    });
    const { params, details } = inLocale('en', error.details.fields as never);
    expect(params.count).toBe(1);
    expect(details.fields[0]!.message).toBe('siret: 14 digits (spaces are accepted).');
  });
});
