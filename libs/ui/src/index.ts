// i18n
export * from './lib/i18n/dictionary';
export * from './lib/i18n/translation.service';
export * from './lib/i18n/translate.pipe';
export * from './lib/i18n/provide-translations';
export * from './lib/i18n/translated-title.strategy';
export * from './lib/i18n/date.pipe';
export * from './lib/i18n/domain.i18n';
// portal
export * from './lib/portal-config';
// API
export * from './lib/api/api-problem';
export * from './lib/api/api-client';
export * from './lib/http/api.interceptors';
export * from './lib/api/server-errors';
export * from './lib/api/problem-message';
// auth
export * from './lib/auth/session.store';
export * from './lib/auth/auth.service';
export * from './lib/auth/auth.guards';
export * from './lib/session/inactivity.service';
export * from './lib/session/inactivity-dialog.component';
// forms
export * from './lib/forms/control-messages';
export * from './lib/forms/field-error.component';
export * from './lib/forms/field.directive';
export * from './lib/forms/combobox.component';
export * from './lib/forms/check-group.component';
export * from './lib/forms/control-state';
// reference data pickers
export * from './lib/reference/reference.service';
export * from './lib/reference/comune-picker.component';
export * from './lib/reference/concept-picker.component';
export * from './lib/reference/concept-label.component';
export * from './lib/reference/occupation-skills.component';
// proposals: candidate card, match explanation, history
export * from './lib/proposals/candidate-card.component';
export * from './lib/proposals/match-explanation.component';
export * from './lib/proposals/proposal-timeline.component';
// notifications
export * from './lib/notifications/notifications.service';
export * from './lib/notifications/notification-bell.component';
export * from './lib/notifications/notifications.page';
// layout and states
export * from './lib/layout/navigation';
export * from './lib/layout/icon.component';
export * from './lib/layout/brand-logo.component';
export * from './lib/layout/language-switch.component';
export * from './lib/layout/header.component';
export * from './lib/layout/footer.component';
export * from './lib/layout/layout.component';
export * from './lib/layout/nav-tiles.component';
export * from './lib/todo/todo-list.component';
export * from './lib/legal/legal-pages';
export * from './lib/states/loading-state.component';
export * from './lib/states/empty-state.component';
export * from './lib/states/error-state.component';
export * from './lib/states/pagination.component';
export * from './lib/states/status-badge.component';
export * from './lib/states/confirm.service';
// list pages: filters and page in the URL, one results block
export * from './lib/lists/list-store';
export * from './lib/lists/list-templates';
export * from './lib/lists/list-results.component';
export * from './lib/lists/filter-bar.component';
export * from './lib/lists/filter-select.component';
// the portals' shared shell: root, providers, route tree
export * from './lib/shell/portal-shell';
export * from './lib/shell/portal-routes';
// pages shared by both portals
export * from './lib/auth-pages/sign-in.page';
export * from './lib/auth-pages/password-reset-request.page';
export * from './lib/auth-pages/status-pages';
export * from './lib/auth-pages/set-password.page';
export * from './lib/auth-pages/totp-enrolment.component';
