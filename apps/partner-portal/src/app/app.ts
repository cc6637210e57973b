import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { LayoutComponent, NotificationBellComponent } from '@ponte/ui';

@Component({
  selector: 'ponte-root',
  imports: [RouterOutlet, LayoutComponent, NotificationBellComponent],
  template: `<ponte-layout
    ><ponte-notification-bell ponteHeaderSlot /><router-outlet
  /></ponte-layout>`,
})
export class App {}
