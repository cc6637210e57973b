import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import {
  InactivityDialogComponent,
  LayoutComponent,
  NotificationBellComponent,
} from '@ponte/ui';

@Component({
  selector: 'ponte-root',
  imports: [
    RouterOutlet,
    LayoutComponent,
    InactivityDialogComponent,
    NotificationBellComponent,
  ],
  template: `<ponte-layout
      ><ponte-notification-bell ponteHeaderSlot /><router-outlet
    /></ponte-layout>
    <ponte-inactivity-dialog />`,
})
export class App {}
