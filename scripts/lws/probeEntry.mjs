/* global window -- this file runs in the probe page */
// The probe page (scripts/lws-distortions.mjs): the whole local console, plus a way to run
// source text in sandbox key c, the kit's own sandbox, and to take the feature gates away.
import '../../simulator/src/main.ts';
import { evaluateInSandbox } from '@locker/sandbox';
import { LWS_DEFAULT_GATER_FEATURES, deregisterGaterEnabledFeatures } from '@locker/shared';

/** Runs `body` (a function body) in sandbox c with `arg` bound; returns what it returns. */
window.lwsProbe = (body, arg) => {
    let result;
    evaluateInSandbox('c', `$lockerEvalContext$(function (arg) { ${body} })`, (run) => {
        result = run(arg);
    });
    return result;
};

window.lwsGatesOff = () => deregisterGaterEnabledFeatures([...LWS_DEFAULT_GATER_FEATURES]);
