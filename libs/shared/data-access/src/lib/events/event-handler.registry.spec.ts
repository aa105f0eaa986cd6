import { eventsConsumedBy } from '@civic/contracts';
import { assertHandlersMatchSubscriptions, EventHandlerRegistrationError, EventHandlerRegistry, handlerRegistrationProblems } from './event-handler.registry';

const noop = async () => undefined;

describe('handler registration check', () => {
  it('accepts a handler for exactly each subscribed event', () => {
    const registry = new EventHandlerRegistry();
    for (const name of eventsConsumedBy('voting')) registry.handler(name, noop);
    expect(() => assertHandlersMatchSubscriptions('voting', eventsConsumedBy('voting'), registry)).not.toThrow();
  });

  it('names a subscribed event that has no handler', () => {
    expect(handlerRegistrationProblems('voting', ['identity.resident-verified', 'identity.residency-revoked'], ['identity.resident-verified'])).toEqual([
      '"voting" subscribes to "identity.residency-revoked" (EVENT_SUBSCRIBERS) but registers no handler for it',
    ]);
  });

  it('names a handler for an event the service does not subscribe to', () => {
    // Resolutions subscribes to no identity event.
    const registry = new EventHandlerRegistry().handler('identity.resident-verified', noop);
    expect(() => assertHandlersMatchSubscriptions('resolutions', eventsConsumedBy('resolutions'), registry)).toThrow(EventHandlerRegistrationError);
    expect(handlerRegistrationProblems('resolutions', [], ['identity.resident-verified'])).toEqual([
      '"resolutions" handles "identity.resident-verified" but does not subscribe to it: add "resolutions" to EVENT_SUBSCRIBERS["identity.resident-verified"]',
    ]);
  });

  it('refuses a second handler for the same event', () => {
    const registry = new EventHandlerRegistry().handler('identity.resident-verified', noop);
    expect(() => registry.handler('identity.resident-verified', noop)).toThrow(/Two handlers/);
  });
});
