import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiClient } from '../api/api-client';
import { ApiProblem } from '../api/api-problem';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { IconComponent } from '../layout/icon.component';
import { ErrorStateComponent } from '../states/error-state.component';
import { LoadingStateComponent } from '../states/loading-state.component';
import { todoDictionary } from './todo.i18n';
import type { TodoItem, TodoList } from '@ponte/contracts';

/**
 * The home page's first section: what needs doing now for the signed-in role, each pending
 * item with its count and a link, then what was checked and is clear; the interviews as a
 * calendar file where there are any.
 */
@Component({
  selector: 'ponte-todo-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    IconComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <section class="ponte-todo mt-4" aria-labelledby="ponte-todo-heading">
      <h2 id="ponte-todo-heading" class="h4">{{ 'ui.todo.heading' | t }}</h2>
      <p>{{ 'ui.todo.intro' | t }}</p>
      @if (problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      } @else if (list(); as l) {
        @if (pending(l).length) {
          <ul class="ponte-todo-list list-unstyled mb-0">
            @for (item of pending(l); track item.key) {
              <li class="ponte-todo-item" [attr.data-todo]="item.key">
                <span class="ponte-todo-count" aria-hidden="true">{{ item.count }}</span>
                <div class="ponte-todo-body">
                  <span class="ponte-todo-label">
                    <span class="visually-hidden">{{ item.count }} — </span>
                    {{ 'ui.todo.item.' + item.key | t }}
                  </span>
                  @if (item.codes?.length) {
                    <span class="ponte-todo-codes">
                      {{ 'ui.todo.codes' | t }}:
                      @for (code of item.codes; track code) {
                        <code class="ponte-code">{{ code }}</code>
                      }
                    </span>
                  }
                </div>
                <a
                  class="btn btn-outline-primary btn-sm"
                  [routerLink]="item.link.path"
                  [queryParams]="item.link.query ?? null"
                  [attr.aria-label]="'ui.todo.openLabel' | t: { label: ('ui.todo.item.' + item.key | t) }"
                  >{{ 'ui.todo.open' | t }}</a
                >
              </li>
            }
          </ul>
        }
        @if (clear(l).length) {
          <div class="ponte-todo-clear mt-3">
            <p class="ponte-todo-clear-title mb-1">
              <ponte-icon name="it-check-circle" size="sm" color="success" />
              <span>{{ (pending(l).length ? 'ui.todo.nothingElse' : 'ui.todo.nothing') | t }}</span>
            </p>
            <ul class="mb-0">
              @for (item of clear(l); track item.key) {
                <li [attr.data-todo]="item.key">{{ 'ui.todo.item.' + item.key | t }}</li>
              }
            </ul>
          </div>
        }
        @if (l.calendar && hasInterviews(l)) {
          <p class="mt-3 mb-1">
            <button type="button" class="btn btn-primary btn-sm" (click)="downloadCalendar(l.calendar)">
              <ponte-icon name="it-calendar" size="sm" color="white" />
              <span>{{ 'ui.todo.calendar' | t }}</span>
            </button>
          </p>
          <p class="small">{{ 'ui.todo.calendarHint' | t }}</p>
          @if (calendarFailed()) {
            <p class="text-danger" role="alert">{{ 'ui.todo.calendarFailed' | t }}</p>
          }
        }
      } @else {
        <ponte-loading-state />
      }
    </section>
  `,
})
export class TodoListComponent {
  private readonly api = inject(ApiClient);
  private readonly document = inject(DOCUMENT);
  protected readonly list = signal<TodoList | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly calendarFailed = signal(false);

  constructor() {
    inject(TranslationService).register(todoDictionary);
    this.load();
  }

  protected load(): void {
    this.problem.set(null);
    this.api.get<TodoList>('/todo').subscribe({
      next: (list) => this.list.set(list),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected pending(list: TodoList): TodoItem[] {
    return list.items.filter((i) => i.count > 0);
  }

  /** Nothing to do there now: listed compactly, so the reader knows they were checked. */
  protected clear(list: TodoList): TodoItem[] {
    return list.items.filter((i) => i.count === 0);
  }

  protected hasInterviews(list: TodoList): boolean {
    return list.items.some((i) => i.key.startsWith('interviews') && i.count > 0);
  }

  /** The file needs the bearer token: fetched through the API client, then saved. */
  protected downloadCalendar(path: string): void {
    this.calendarFailed.set(false);
    this.api.getBlob(path.replace(/^\/api/, '')).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const link = this.document.createElement('a');
        link.href = url;
        link.download = 'ponte-colloqui.ics';
        this.document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      },
      error: () => this.calendarFailed.set(true),
    });
  }
}
