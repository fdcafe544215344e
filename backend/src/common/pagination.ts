import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

export class PageQuery {
  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 20;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'asc';
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Applies offset pagination and counts in the same round trip pattern TypeORM offers. */
export async function paginate<E extends ObjectLiteral, T = E>(
  qb: SelectQueryBuilder<E>,
  query: PageQuery,
  map: (e: E) => T = (e) => e as unknown as T,
): Promise<Page<T>> {
  const [rows, total] = await qb
    .skip((query.page - 1) * query.pageSize)
    .take(query.pageSize)
    .getManyAndCount();
  return { items: rows.map(map), total, page: query.page, pageSize: query.pageSize };
}
