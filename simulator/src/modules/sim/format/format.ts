/** Small display helpers for the console's own components. */

/** mm:ss, or h:mm:ss past an hour, for a duration in ms. */
export function formatClock(ms: number): string {
    const total = Math.max(0, Math.floor(ms / 1000));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    const two = (value: number) => String(value).padStart(2, '0');
    return hours ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** +mm:ss.mmm for a timeline offset in ms. */
export function formatOffset(ms: number): string {
    const millis = String(Math.max(0, Math.floor(ms)) % 1000).padStart(3, '0');
    return `+${formatClock(ms)}.${millis}`;
}
