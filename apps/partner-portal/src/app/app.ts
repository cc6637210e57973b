import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { LayoutComponent } from '@ponte/ui';

@Component({
  selector: 'ponte-root',
  imports: [RouterOutlet, LayoutComponent],
  template: `<ponte-layout><router-outlet /></ponte-layout>`,
})
export class App {}
