/**
 * Which telephony system the events come from, as far as they tell. Native Telephony never
 * sends callstarted, audiostats, swap or wrapupended (Voice developer guide, telephony events),
 * so any of those proves Partner Telephony; a connected call with none of them suggests Native.
 * Admins can say which it is (the Call Status panel's Telephony attribute); this is the fallback.
 */
import type { CallState, ConsoleState } from './consoleState';

export type TelephonyProfile = 'partner' | 'native';

function showsPartnerTelephony(call: CallState): boolean {
    return (
        call.sawCallStarted ||
        call.audioSamples.length > 0 ||
        call.wrapUpEndedAt !== null ||
        call.legs.some((leg) => leg.kind === 'swap')
    );
}

/**
 * 'partner' once any call shows an event only Partner Telephony sends; 'native' when a call
 * connected and none did; null before any call connected. A page loaded mid-call on Partner
 * Telephony reads 'native' until the call's first audio statistics (every 30 seconds).
 */
export function detectTelephonyProfile(state: ConsoleState): TelephonyProfile | null {
    const calls = Object.values(state.calls);
    if (calls.some(showsPartnerTelephony)) {
        return 'partner';
    }
    return calls.some((call) => call.connectedAt !== null) ? 'native' : null;
}
