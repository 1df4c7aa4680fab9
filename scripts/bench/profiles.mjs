// How much the bench does: `full` for `npm run bench` (a few minutes on 2 cores), `tiny` for
// `npm run test:bench`, which only checks that every figure is produced.
export const PROFILES = {
    full: {
        bus: {
            history: 1000,
            extraHistory: 10000,
            callLengths: [1000, 10000],
            batch: 2000,
            repetitions: 7,
            warmup: 2
        },
        transcript: {
            history: 10000,
            checkpoints: [1000, 2500, 5000, 10000],
            samples: 200,
            rounds: 3
        },
        console: { history: 10000, samples: 100, rounds: 5 },
        flags: { count: 200, ticks: 20, rounds: 5 },
        heap: { calls: 1000, utterances: 200, samples: 3 }
    },
    tiny: {
        bus: {
            history: 50,
            extraHistory: 200,
            callLengths: [50, 200],
            batch: 100,
            repetitions: 1,
            warmup: 0
        },
        transcript: { history: 300, checkpoints: [150, 300], samples: 10, rounds: 1 },
        console: { history: 300, samples: 10, rounds: 1 },
        flags: { count: 20, ticks: 3, rounds: 1 },
        heap: { calls: 5, utterances: 20, samples: 1 }
    }
};
