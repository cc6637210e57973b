import type * as contract from '@ponte/contracts';
import type { Course } from '@ponte/persistence';
import type { CatalogueView } from '../catalogue/catalogue.view';

export type CourseView = contract.Serving<contract.Course, CatalogueView<Course>>;
