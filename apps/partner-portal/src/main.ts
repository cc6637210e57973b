import { bootstrapApplication } from '@angular/platform-browser';
import { PortalRootComponent } from '@ponte/ui';
import { appConfig } from './app/app.config';

bootstrapApplication(PortalRootComponent, appConfig).catch((err) => console.error(err));
