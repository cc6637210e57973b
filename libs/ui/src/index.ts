// i18n
export * from './lib/i18n/dictionary';
export * from './lib/i18n/translation.service';
export * from './lib/i18n/translate.pipe';
export * from './lib/i18n/provide-translations';
export * from './lib/i18n/translated-title.strategy';
// portal
export * from './lib/portal-config';
// API
export * from './lib/api/api-problem';
export * from './lib/api/api-client';
export * from './lib/api/api.interceptors';
export * from './lib/api/server-errors';
export * from './lib/api/problem-message';
// auth
export * from './lib/auth/auth.models';
export * from './lib/auth/session.store';
export * from './lib/auth/auth.service';
export * from './lib/auth/auth.guards';
export * from './lib/session/inactivity.service';
export * from './lib/session/inactivity-dialog.component';
// forms
export * from './lib/forms/control-messages';
export * from './lib/forms/field-error.component';
export * from './lib/forms/field.directive';
// layout and states
export * from './lib/layout/navigation';
export * from './lib/layout/icon.component';
export * from './lib/layout/brand-logo.component';
export * from './lib/layout/language-switch.component';
export * from './lib/layout/header.component';
export * from './lib/layout/footer.component';
export * from './lib/layout/layout.component';
export * from './lib/layout/nav-tiles.component';
export * from './lib/states/loading-state.component';
export * from './lib/states/empty-state.component';
export * from './lib/states/error-state.component';
export * from './lib/states/pagination.component';
// pages shared by both portals
export * from './lib/auth-pages/sign-in.page';
export * from './lib/auth-pages/password-reset-request.page';
export * from './lib/auth-pages/status-pages';
