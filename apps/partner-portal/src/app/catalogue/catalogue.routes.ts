import { Routes } from '@angular/router';
import { PERMISSIONS } from '@ponte/domain';
import { permissionGuard, provideTranslations } from '@ponte/ui';
import type { CatalogueKind } from '@ponte/contracts';
import { CatalogueDetailPage } from './catalogue-detail.page';
import { CatalogueFormPage } from './catalogue-form.page';
import { CatalogueListPage } from './catalogue-list.page';
import { catalogueDictionary } from './catalogue.i18n';

function catalogueRoutes(kind: CatalogueKind): Routes {
  const data = { catalogueKind: kind };
  const write = [permissionGuard(PERMISSIONS.OFFERS_WRITE)];
  return [
    {
      path: '',
      providers: [provideTranslations(catalogueDictionary)],
      children: [
        { path: '', component: CatalogueListPage, data, title: `catalogue.${kind}.list.heading` },
        { path: 'new', component: CatalogueFormPage, data, canActivate: write, title: `catalogue.${kind}.form.createHeading` },
        { path: ':id', component: CatalogueDetailPage, data, title: `catalogue.${kind}.detail.title` },
        { path: ':id/edit', component: CatalogueFormPage, data, canActivate: write, title: `catalogue.${kind}.form.editHeading` },
      ],
    },
  ];
}

export const OFFER_ROUTES = catalogueRoutes('offer');
export const COURSE_ROUTES = catalogueRoutes('course');
