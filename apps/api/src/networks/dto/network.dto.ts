import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type * as contract from '@ponte/contracts';

const ISTAT = /^\d{6}$/;

export class CreateNetworkDto {
  @ApiProperty({ example: 'nord-milano', description: 'Stable lower-case code' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,39}$/)
  code!: string;

  @ApiProperty({ example: 'Rete antiviolenza Nord Milano' }) @IsString() @MinLength(3) @MaxLength(120) name!: string;

  @ApiProperty({ example: '015209', description: 'ISTAT code of the lead comune; must be one of `comuni`' })
  @IsString()
  @Matches(ISTAT)
  leadComune!: string;

  @ApiProperty({ type: String, isArray: true, example: ['015209', '015077'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(ISTAT, { each: true })
  comuni!: string[];
}

export class UpdateNetworkDto extends PartialType(OmitType(CreateNetworkDto, ['code'] as const)) {}

export class NetworkView implements contract.Network {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() leadComune!: string;
  @ApiProperty({ type: String, isArray: true }) comuni!: string[];
  @ApiPropertyOptional() memberCount?: number;
}

export class NetworkMemberView implements contract.NetworkMember {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['coordinator', 'counsellor'] }) role!: contract.NetworkMember['role'];
}
