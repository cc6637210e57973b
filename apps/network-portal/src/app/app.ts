import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { InactivityDialogComponent, LayoutComponent } from '@ponte/ui';

@Component({
  selector: 'ponte-root',
  imports: [RouterOutlet, LayoutComponent, InactivityDialogComponent],
  template: `<ponte-layout><router-outlet /></ponte-layout
    ><ponte-inactivity-dialog />`,
})
export class App {}
