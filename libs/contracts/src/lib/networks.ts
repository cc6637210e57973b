/** The territorial networks and their staff, as coordinators and counsellors read them. */

export interface Network {
  id: string;
  /** Stable lower-case code. */
  code: string;
  /** Public name. */
  name: string;
  /** ISTAT code of the lead comune; one of `comuni`. */
  leadComune: string;
  /** ISTAT codes. */
  comuni: string[];
  memberCount?: number;
}

export interface NetworkMember {
  id: string;
  displayName: string;
  role: 'coordinator' | 'counsellor';
}
