import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { RegistrationDonePage } from './registration-done.page';
import { RegistrationPage } from './registration.page';
import { registrationDictionary } from './registration.i18n';

export const REGISTRATION_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(registrationDictionary)],
    children: [
      { path: '', component: RegistrationPage, title: 'registration.title' },
      { path: 'done', component: RegistrationDonePage, title: 'registration.done.title' },
    ],
  },
];
