import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { authSuccess, portalTestProviders } from '../../../test/test-providers';
import { SessionStore } from '../auth/session.store';
import {
  InactivityService,
  provideInactivityTimeout,
} from './inactivity.service';

@Component({ template: '' })
class Blank {}

describe('InactivityService', () => {
  let service: InactivityService;
  let session: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        ...portalTestProviders([{ path: 'sign-in', component: Blank }]),
        provideInactivityTimeout({ idleMinutes: 2, warningSeconds: 30 }),
      ],
    });
    session = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(InactivityService);
    session.start(authSuccess());
    TestBed.tick(); // runs the effect that starts watching
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('warns before the limit with the seconds left', () => {
    jest.advanceTimersByTime(89_000);
    expect(service.warning()).toBe(false);
    jest.advanceTimersByTime(2_000);
    expect(service.warning()).toBe(true);
    expect(service.secondsLeft()).toBe(29);
  });

  it('keyboard or pointer activity restarts the count', () => {
    jest.advanceTimersByTime(80_000);
    document.dispatchEvent(new KeyboardEvent('keydown'));
    jest.advanceTimersByTime(80_000);
    expect(service.warning()).toBe(false);
  });

  it('once warned, only an explicit choice keeps the session', () => {
    jest.advanceTimersByTime(95_000);
    document.dispatchEvent(new Event('pointermove'));
    expect(service.warning()).toBe(true);
    service.stayActive();
    expect(service.warning()).toBe(false);
    jest.advanceTimersByTime(80_000);
    expect(service.warning()).toBe(false);
  });

  it('signs out at the limit and goes to sign-in saying why', async () => {
    jest.advanceTimersByTime(120_000);
    const logout = http.expectOne('/api/auth/logout');
    expect(logout.request.method).toBe('POST');
    logout.flush(null);
    expect(session.isAuthenticated()).toBe(false);
    jest.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(Router).url).toBe('/sign-in?reason=idle');
    http.verify();
  });

  it('stops watching once signed out', () => {
    session.clear();
    TestBed.tick();
    jest.advanceTimersByTime(10 * 60_000);
    expect(service.warning()).toBe(false);
    http.expectNone('/api/auth/logout');
  });
});
