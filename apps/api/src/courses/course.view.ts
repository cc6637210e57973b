import type { Course } from '@ponte/persistence';
import type { CatalogueView } from '../catalogue/catalogue.view';

export type CourseView = CatalogueView<Course>;
