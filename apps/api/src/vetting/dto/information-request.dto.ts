import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class InformationRequestDto {
  @ApiProperty({ description: 'What the coordinator asks; shown to the organisation', example: 'Potete inviare la visura camerale aggiornata?' })
  @IsString()
  @MaxLength(2000)
  question!: string;
}

export class InformationAnswerDto {
  @ApiProperty({ description: 'The organisation\'s answer; shown to the coordinators', example: 'Visura aggiornata al 3 dicembre, numero REA MI-123456.' })
  @IsString()
  @MaxLength(4000)
  answer!: string;
}
