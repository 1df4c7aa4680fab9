// A pure test, as docs/TESTING.md shows it: documented events reduced into a state, no page.
import { documentedEvent, label } from 'voiceTestKit';
import { createConsoleState, holdSummary, reduceConsoleState } from 'c/voiceEventBus';
import { wrapUpView } from '../wrapUpView';

const T = Date.UTC(2026, 11, 4, 9);

const stateOf = (...events: ReturnType<typeof documentedEvent>[]) =>
    events.reduce((current, event) => reduceConsoleState(current, event), createConsoleState());

describe('wrapUpView', () => {
    it('times the caller’s hold from the documented payloads', () => {
        const state = stateOf(
            documentedEvent('callconnected', {}, T),
            documentedEvent('hold', {}, T + 10_000)
        );
        const call = Object.values(state.calls)[0];
        expect(holdSummary(call, T + 40_000).totalMs).toBe(30_000);
        const rows = Object.fromEntries(
            wrapUpView(state, T + 40_000).rows.map((row) => [row.key, row.value])
        );
        expect(rows).toMatchObject({ holds: '1', 'hold-time': '0:30', duration: '0:40' });
    });

    it('offers Resume, not Hold, while the caller is held; neither once the call ended', () => {
        const held = stateOf(
            documentedEvent('callconnected', {}, T),
            documentedEvent('hold', {}, T + 10_000)
        );
        expect(wrapUpView(held, T + 20_000)).toMatchObject({ canHold: false, canResume: true });
        const ended = reduceConsoleState(held, documentedEvent('callended', {}, T + 30_000));
        expect(wrapUpView(ended, T + 31_000)).toMatchObject({ canHold: false, canResume: false });
        expect(wrapUpView(ended, T + 31_000).summary).toContain(
            `${label('VCK_Example_WrapUp_HoldTime')}: 0:20`
        );
    });

    it('shows no call for an empty state', () => {
        expect(wrapUpView(createConsoleState(), T)).toMatchObject({ callId: null, rows: [] });
    });
});
