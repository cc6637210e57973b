import { TestBed } from '@angular/core/testing';
import { COMUNI, networkTestProviders } from '../../../testing/network-test-providers';
import { profilesDictionary } from '../profiles.i18n';
import { ExclusionMapComponent, exclusionAreas } from './exclusion-map.component';

describe('exclusion areas', () => {
  it('lists the comuni whose centre lies within the radius, by great-circle distance', () => {
    // From Milano's centre: Sesto San Giovanni ~8.6 km, Rho ~13.8 km, Legnano ~26 km.
    const [small] = exclusionAreas(COMUNI, [{ comune: '015146', radiusKm: 5 }]);
    expect(small.inside.map((c) => c.name)).toEqual(['Milano']);
    const [wide] = exclusionAreas(COMUNI, [{ comune: '015146', radiusKm: 15 }]);
    expect(wide.inside.map((c) => c.name)).toEqual(['Milano', 'Rho', 'Sesto San Giovanni']);
  });

  it('ignores an exclusion whose comune is not known (nothing to draw, nothing to claim)', () => {
    expect(exclusionAreas(COMUNI, [{ comune: '999999', radiusKm: 5 }])).toEqual([]);
  });
});

describe('ExclusionMapComponent', () => {
  it('draws one circle per area, marks the home comune, and says the same in words', async () => {
    TestBed.configureTestingModule({ providers: networkTestProviders([], profilesDictionary) });
    const fixture = TestBed.createComponent(ExclusionMapComponent);
    fixture.componentRef.setInput('comuni', COMUNI);
    fixture.componentRef.setInput('exclusions', [{ comune: '015209', radiusKm: 5 }]);
    fixture.componentRef.setInput('homeComune', '015146');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const svg = element.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(element.querySelectorAll('circle.ponte-map-comune')).toHaveLength(COMUNI.length);
    const area = element.querySelector('circle.ponte-map-area');
    // Radius in km: the drawing's units are kilometres.
    expect(area?.getAttribute('r')).toBe('5');
    expect(element.querySelectorAll('rect.ponte-map-home')).toHaveLength(1);
    const description = svg?.querySelector('desc')?.textContent ?? '';
    expect(description).toBe('Zona da evitare intorno a Sesto San Giovanni, raggio 5 km: comprende 1 comune.');
    expect(element.querySelector('.ponte-map-text')?.textContent).toContain('Sesto San Giovanni.');
  });
});
