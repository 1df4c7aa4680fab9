/**
 * Leader election among toolkit elements. Every panel hosts a connector with its own
 * `<lightning-service-cloud-voice-toolkit-api>`, and the platform hands every instance every
 * event; listening on one of them at a time is what keeps each event counted once.
 */
import type { MessageContextValue } from 'lightning/messageService';
import { VOICE_EVENT_TYPES } from './events';

/** The toolkit element as a component sees it; actions are optional because stubs vary. */
export interface ToolkitElement extends EventTarget {
    readonly isConnected?: boolean;
    mute?(): unknown;
    unmute?(): unknown;
    hold?(participantType: string): unknown;
    resume?(participantType: string): unknown;
    endCall?(participantType?: string): unknown;
    acceptCall?(): unknown;
    declineCall?(): unknown;
    pauseRecording?(): unknown;
    resumeRecording?(): unknown;
    merge?(): unknown;
    swap?(): unknown;
    addParticipant?(contactType: string, contactValue: string, isBlindTransfer: boolean): unknown;
    sendDigits?(digits: string): unknown;
    startPreviewCall?(phoneNumber: string): unknown;
    updateNextBestActions?(recordId: string, recommendations: Record<string, unknown>): unknown;
}

interface Registration {
    element: ToolkitElement;
    context: MessageContextValue | undefined;
}

export interface LeaderChange {
    element: ToolkitElement | null;
    context: MessageContextValue | undefined;
}

/**
 * Keeps the registered elements in order; the oldest one still connected is the leader and
 * the only one with listeners. Hand-over is synchronous, so no event slips between two leaders.
 */
export class ToolkitRegistry {
    private registrations: Registration[] = [];
    private leader: Registration | null = null;

    constructor(
        private readonly onEvent: (event: Event) => void,
        private readonly onLeaderChange: (change: LeaderChange) => void
    ) {}

    /** Registers an element; a second call for the same element is a no-op. */
    register(element: ToolkitElement, context: MessageContextValue | undefined): () => void {
        if (!this.registrations.some((registration) => registration.element === element)) {
            this.registrations.push({ element, context });
            this.elect();
        }
        return () => this.unregister(element);
    }

    unregister(element: ToolkitElement): void {
        const before = this.registrations.length;
        this.registrations = this.registrations.filter(
            (registration) => registration.element !== element
        );
        if (this.registrations.length !== before) {
            this.elect();
        }
    }

    /** The element that currently listens, or null when no connector is registered. */
    get leaderElement(): ToolkitElement | null {
        return this.leader?.element ?? null;
    }

    get size(): number {
        return this.registrations.length;
    }

    private elect(): void {
        const next =
            this.registrations.find((registration) => registration.element.isConnected !== false) ??
            this.registrations[0] ??
            null;
        if (next === this.leader) {
            return;
        }
        if (this.leader) {
            for (const type of VOICE_EVENT_TYPES) {
                this.leader.element.removeEventListener(type, this.onEvent);
            }
        }
        this.leader = next;
        if (next) {
            for (const type of VOICE_EVENT_TYPES) {
                next.element.addEventListener(type, this.onEvent);
            }
        }
        this.onLeaderChange({ element: next?.element ?? null, context: next?.context });
    }
}
