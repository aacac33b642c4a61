/**
 * The end-to-end test, extended with the business preconditions as fixtures (the source design's
 * habit): each is built on the ones before it, so a test names only the furthest state it needs
 * and starts from there. Per file, each is made once and cleaned up after the file's last test.
 *
 *   settings -> admin -> factoryDevices -> hubCertificate -> connectedHub -> owner -> claimedHub
 *     -> registeredBoxes -> ownerPhone -> receivedEvent
 *   beside the chain: operator, nextOwner (admin); grantedPartner (registeredBoxes), ungrantedPartner
 */
import { inject, test as base } from 'vitest';
import { adminSession } from './fixtures/admin-session';
import { claimedHub } from './fixtures/claimed-hub';
import { connectedHub } from './fixtures/connected-hub';
import { factoryDevices } from './fixtures/factory-devices';
import { hubCertificate } from './fixtures/hub-certificate';
import { owner } from './fixtures/owner';
import { ownerPhone } from './fixtures/owner-phone';
import { grantedPartner, ungrantedPartner } from './fixtures/partners';
import { receivedEvent } from './fixtures/received-event';
import { registeredBoxes } from './fixtures/registered-boxes';
import { nextOwner, operator } from './fixtures/staff';

const file = { scope: 'file' } as const;

export const test = base
  // Loaded once a run by the global setup (settings/global-setup.ts): outputs.json or SSM.
  .extend('settings', { scope: 'worker' }, () => inject('e2eSettings'))
  .extend('admin', file, adminSession)
  .extend('factoryDevices', file, factoryDevices)
  .extend('hubCertificate', file, hubCertificate)
  .extend('connectedHub', file, connectedHub)
  .extend('owner', file, owner)
  .extend('claimedHub', file, claimedHub)
  .extend('registeredBoxes', file, registeredBoxes)
  .extend('ownerPhone', file, ownerPhone)
  .extend('receivedEvent', file, receivedEvent)
  .extend('operator', file, operator)
  .extend('nextOwner', file, nextOwner)
  .extend('grantedPartner', file, grantedPartner)
  .extend('ungrantedPartner', file, ungrantedPartner);

export { describe, expect } from 'vitest';
