/** A tiny listener set; a listener that throws is reported and does not stop the others. */
export class Emitter<T> {
    private readonly listeners = new Set<(value: T) => void>();

    on(listener: (value: T) => void): () => void {
        this.listeners.add(listener);
        return () => {
            this.listeners.delete(listener);
        };
    }

    emit(value: T): void {
        for (const listener of [...this.listeners]) {
            try {
                listener(value);
            } catch (error) {
                console.error('[simulator] listener failed', error);
            }
        }
    }
}
