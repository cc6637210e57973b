import { Module } from '@nestjs/common';
import { TodoController } from './todo.controller';
import { TodoService } from './todo.service';

/** Each role's to-do list on its home page, and the interviews as a calendar file. */
@Module({ controllers: [TodoController], providers: [TodoService] })
export class TodoModule {}
